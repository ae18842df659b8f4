import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { InfoController } from './info.controller';

@Module({ imports: [RegionsModule], controllers: [InfoController] })
export class InfoModule {}
