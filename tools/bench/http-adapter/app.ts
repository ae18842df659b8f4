/**
 * Minimal Nest app shaped like the Skema API (global ValidationPipe, TypeORM repository on pg),
 * started on either HTTP adapter so that the adapter is the only thing that differs between runs.
 *
 *   npx ts-node --transpile-only tools/bench/http-adapter/app.ts --adapter fastify --port 3101
 */
import 'reflect-metadata';
import { Controller, Get, Injectable, Module, NotFoundException, Param, Query, ValidationPipe } from '@nestjs/common';
import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Column, Entity, PrimaryColumn, Repository } from 'typeorm';
import { PAGE_SIZE, POOL_SIZE, ROW_COUNT, ensureSeeded, pgConfig } from './db';

@Entity('bench_row')
export class BenchRow {
  @PrimaryColumn('integer') id: number;
  @Column('text') name: string;
  @Column('integer') score: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

/** Route params arrive as strings; `@Type` lets `transform: true` turn them into numbers before validation. */
class RowIdParams {
  @Type(() => Number) @IsInt() @Min(1) id: number;
}

class PageQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(Math.ceil(ROW_COUNT / PAGE_SIZE)) page = 1;
}

@Injectable()
class RowsService {
  constructor(@InjectRepository(BenchRow) private readonly rows: Repository<BenchRow>) {}

  async byId(id: number): Promise<BenchRow> {
    const row = await this.rows.findOneBy({ id });
    if (!row) throw new NotFoundException();
    return row;
  }

  async page(page: number) {
    // findAndCount = page query + COUNT(*), the shape of every Skema list endpoint.
    const [items, total] = await this.rows.findAndCount({
      order: { id: 'ASC' },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    });
    return { page, pageSize: PAGE_SIZE, total, items };
  }
}

@Controller('bench')
class BenchController {
  constructor(private readonly rows: RowsService) {}

  @Get('ping')
  ping() {
    return { ok: true, service: 'skema-bench' };
  }

  @Get('rows/:id')
  byId(@Param() params: RowIdParams) {
    return this.rows.byId(params.id);
  }

  @Get('rows')
  page(@Query() query: PageQuery) {
    return this.rows.page(query.page);
  }
}

const db = pgConfig();

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      // TypeORM names the user `username`, pg names it `user`; map explicitly rather than spread.
      host: db.host,
      port: db.port,
      username: db.user,
      password: db.password,
      database: db.database,
      entities: [BenchRow],
      synchronize: false, // schema is owned by db.ts, which the raw baseline shares
      logging: false,
      poolSize: POOL_SIZE,
    }),
    TypeOrmModule.forFeature([BenchRow]),
  ],
  controllers: [BenchController],
  providers: [RowsService],
})
class BenchModule {}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function bootstrap() {
  const adapter = arg('adapter', 'fastify');
  const port = Number(arg('port', '3101'));
  // Request logging would dominate the measurement; errors still surface.
  const logger: LogLevel[] = ['error', 'warn'];
  await ensureSeeded();

  // Each adapter package is loaded only when chosen, so the other one costs nothing at runtime.
  let app: INestApplication;
  if (adapter === 'fastify') {
    const { FastifyAdapter } = await import('@nestjs/platform-fastify');
    app = await NestFactory.create(BenchModule, new FastifyAdapter(), { logger });
  } else if (adapter === 'express') {
    const { ExpressAdapter } = await import('@nestjs/platform-express');
    app = await NestFactory.create(BenchModule, new ExpressAdapter(), { logger });
  } else {
    throw new Error(`--adapter must be fastify or express, got ${adapter}`);
  }

  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableShutdownHooks();
  await app.listen(port, '127.0.0.1');
  // The runner waits for this line instead of polling the port.
  process.stdout.write(`READY ${adapter} ${port}\n`);
}

bootstrap().catch((err) => {
  console.error(err);
  process.exit(1);
});
