import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '../config/environment';
import { typeOrmOptions } from './typeorm-options';

/** For the TypeORM CLI (`npm run db:generate -- <Name>`): same options as the running API. */
export default new DataSource(typeOrmOptions(validateEnvironment(process.env).DATABASE_URL));
