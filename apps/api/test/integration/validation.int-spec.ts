import { Body, Controller, Post } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { ProblemDetails } from '@skema/contracts';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, MaxLength, Min, ValidateNested } from 'class-validator';
import { ProblemDetailsFilter } from '../../src/common/filters/problem-details.filter';
import { createValidationPipe } from '../../src/common/validation/validation.pipe';

class LotDto {
  @IsIn(['TIR', 'KUK', 'DIB', 'SAR'])
  region!: string;

  @IsInt()
  @Min(1)
  envelopeCents!: number;
}

class CallDto {
  @MaxLength(10)
  title!: string;

  @IsEmail()
  contact!: string;

  @ValidateNested({ each: true })
  @Type(() => LotDto)
  lots!: LotDto[];
}

@Controller('probe')
class ProbeController {
  @Post()
  create(@Body() body: CallDto) {
    return body;
  }
}

/** The global pipe and filter together: every field problem named, with its path, in both languages. */
describe('validation errors', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [ProbeController] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());

  const post = (payload: object, lang: string) =>
    app.inject({ method: 'POST', url: '/probe', payload, headers: { 'accept-language': lang } });

  const bad = { title: 'A title that is far too long', contact: 'nobody', lots: [{ region: 'XXX', envelopeCents: 0 }], extra: 1 };

  it('lists every problem with its field path, in English', async () => {
    const res = await post(bad, 'en');
    expect(res.statusCode).toBe(400);
    const problem = res.json<ProblemDetails>();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'title', message: 'The field title must have at most 10 characters.' },
        { field: 'contact', message: 'The field contact must be a valid e-mail address.' },
        { field: 'lots.0.region', message: 'The field lots.0.region must be one of: TIR, KUK, DIB, SAR.' },
        { field: 'lots.0.envelopeCents', message: 'The field lots.0.envelopeCents must be at least 1.' },
        { field: 'extra', message: 'The field extra is not recognised.' },
      ]),
    );
  });

  it('says the same in Albanian', async () => {
    const problem = (await post(bad, 'sq')).json<ProblemDetails>();
    expect(problem.detail).toMatch(/^Disa fusha/);
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'title', message: 'Fusha title duhet të ketë jo më shumë se 10 karaktere.' },
        { field: 'extra', message: 'Fusha extra nuk njihet.' },
      ]),
    );
  });

  it('accepts a valid body and transforms it', async () => {
    const res = await post({ title: 'Thirrja 1', contact: 'pm@skema.test', lots: [{ region: 'KUK', envelopeCents: 100 }] }, 'sq');
    expect(res.statusCode).toBe(201);
  });
});
