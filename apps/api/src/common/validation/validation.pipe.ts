import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { ValidationFailedException, type ValidationIssue } from '../errors/app.exception';

/**
 * The global pipe: strips nothing silently (unknown fields are refused), transforms to DTO classes,
 * and keeps each failure structured (field path, constraint, arguments) for translation.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The target lets us read each constraint's arguments; it never leaves the server (see the filter).
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new ValidationFailedException(flattenValidationErrors(errors)),
  });
}

export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): ValidationIssue[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => ({
      field,
      constraint,
      args: constraintArgs(error, constraint),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** class-validator keeps a decorator's arguments (e.g. the max length) in its metadata storage. */
function constraintArgs(error: ValidationError, constraint: string): readonly unknown[] {
  const target = error.target as object | undefined;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  const args = (metadata?.constraints ?? []) as unknown[];
  // isEnum stores [enumObject, validValues]: the person needs the valid values only.
  return constraint === 'isEnum' && args.length > 1 ? [args[1]] : args;
}
