import { Injectable } from '@nestjs/common';
import { badInput } from '@app/common';
import { jurisdictionCoversDivision, parseJurisdiction, Role, UserDirectory } from '@app/access';

/** Narrower jurisdictions know their units better: a county checker before a city one. */
const SPECIFICITY = { county: 0, city: 1, region: 2, site: 3 } as const;

/** Who checks a sample: an active spot checker whose jurisdiction covers the sampled unit. */
@Injectable()
export class SpotCheckerAssignment {
  constructor(private readonly users: UserDirectory) {}

  /** The named checker, validated; rejects anyone who could not see the sample. */
  async validate(username: string, divisionCode: string): Promise<string> {
    const user = await this.users.findActive(username);
    if (!user || user.role !== Role.SPOT_CHECKER || !jurisdictionCoversDivision(parseJurisdiction(user.jurisdiction), divisionCode)) {
      throw badInput([{ field: 'assignee', reason: `is not an active spot checker whose jurisdiction covers ${divisionCode}` }]);
    }
    return user.username;
  }

  /** The best-placed checker for a unit, or null when none covers it (the check waits for one). */
  async pick(divisionCode: string): Promise<string | null> {
    const candidates = (await this.users.activeWithRole(Role.SPOT_CHECKER))
      .map((user) => ({ user, jurisdiction: parseJurisdiction(user.jurisdiction) }))
      .filter(({ jurisdiction }) => jurisdictionCoversDivision(jurisdiction, divisionCode))
      .sort((a, b) => SPECIFICITY[a.jurisdiction.kind] - SPECIFICITY[b.jurisdiction.kind] || a.user.username.localeCompare(b.user.username));
    return candidates[0]?.user.username ?? null;
  }
}
