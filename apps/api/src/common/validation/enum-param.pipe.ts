import { HttpStatus, type PipeTransform } from '@nestjs/common';
import { AppException } from '../errors/app.exception';

/** A route parameter that must be one of a fixed list (e.g. a section key); anything else is 404. */
export class EnumParamPipe<T extends string> implements PipeTransform<string, T> {
  constructor(private readonly values: readonly T[]) {}

  transform(value: string): T {
    if (!(this.values as readonly string[]).includes(value)) throw new AppException('not_found', HttpStatus.NOT_FOUND);
    return value as T;
  }
}
