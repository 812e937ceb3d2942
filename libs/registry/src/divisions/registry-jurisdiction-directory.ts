import { Injectable } from '@nestjs/common';
import { DivisionCode } from '@app/common';
import { JurisdictionDirectory } from '@app/access';
import { UUID_PATTERN } from '../registry.errors';
import { SiteService } from '../sites/site.service';
import { UnitLevel } from '../enums/division.enums';
import { DivisionService } from './division.service';

/** Answers access control's questions about divisions and sites from the registry. */
@Injectable()
export class RegistryJurisdictionDirectory extends JurisdictionDirectory {
  constructor(
    private readonly divisions: DivisionService,
    private readonly sites: SiteService,
  ) {
    super();
  }

  async countyOf(jurisdiction: string): Promise<{ exists: boolean; countyCode: string | null }> {
    if (UUID_PATTERN.test(jurisdiction)) {
      const [site] = await this.sites.findByIds([jurisdiction]);
      return { exists: Boolean(site), countyCode: site?.countyCode ?? null };
    }
    const division = DivisionCode.isValid(jurisdiction) ? await this.divisions.findByCode(jurisdiction) : null;
    return { exists: Boolean(division), countyCode: division?.level === UnitLevel.COUNTY ? division.code : null };
  }
}
