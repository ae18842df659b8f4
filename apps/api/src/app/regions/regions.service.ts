import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { RegionDto } from '@skema/contracts';
import type { Repository } from 'typeorm';
import { Region } from './entities/region.entity';

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(Region) private readonly regions: Repository<Region>) {}

  async list(): Promise<RegionDto[]> {
    const rows = await this.regions.find({ order: { sortOrder: 'ASC' } });
    return rows.map((r) => ({ code: r.code, name: { sq: r.nameSq, en: r.nameEn } }));
  }
}
