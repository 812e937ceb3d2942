import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { notFound } from '@app/common';
import { Viewer } from '@app/access';
import { UnitLevel } from '../enums/division.enums';
import { Division } from './division.entity';

@Injectable()
export class DivisionService {
  constructor(@InjectRepository(Division) private readonly divisions: Repository<Division>) {}

  findByCode(code: string): Promise<Division | null> {
    return this.divisions.findOne({ where: { code } });
  }

  /** A division as a tier platform: only inside the caller's view scope. */
  async findVisible(viewer: Viewer, code: string): Promise<Division> {
    const division = viewer.seesDivision(code) ? await this.findByCode(code) : null;
    if (!division) throw notFound('Division', code);
    return division;
  }

  findByCodes(codes: readonly string[]): Promise<Division[]> {
    return this.divisions.find({ where: { code: In([...codes]) } });
  }

  citiesWithRelocationTask(): Promise<Division[]> {
    return this.divisions.find({ where: { level: UnitLevel.CITY, hasRelocationTask: true }, order: { code: 'ASC' } });
  }

  childrenOf(parentCodes: readonly string[]): Promise<Division[]> {
    return this.divisions.find({ where: { parentCode: In([...parentCodes]) }, order: { code: 'ASC' } });
  }
}
