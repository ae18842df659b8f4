import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.service';
import { typeOrmOptions } from './typeorm-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        typeOrmOptions(config.get('DATABASE_URL'), { migrationsRun: config.get('MIGRATIONS_RUN') }),
    }),
  ],
})
export class DatabaseModule {}
