import { Role, Viewer } from '@app/access';
import { UnitLevel } from '@app/registry';
import { outranks, tierOf } from './tier';

const viewer = (role: Role, jurisdiction: string) => new Viewer('id', 'name', role, jurisdiction);

describe('tiers', () => {
  it('follow the jurisdiction, whatever the role', () => {
    expect(tierOf(viewer(Role.REGION_STAFF, '450000'))).toBe(UnitLevel.REGION);
    expect(tierOf(viewer(Role.CITY_STAFF, '450100'))).toBe(UnitLevel.CITY);
    expect(tierOf(viewer(Role.SPOT_CHECKER, '450123'))).toBe(UnitLevel.COUNTY);
    expect(tierOf(viewer(Role.SITE_STAFF, '5b1f0c3e-0000-4000-8000-000000000001'))).toBe(UnitLevel.SITE);
  });

  it('rank region > city > county > site, strictly', () => {
    expect(outranks(UnitLevel.REGION, UnitLevel.CITY)).toBe(true);
    expect(outranks(UnitLevel.CITY, UnitLevel.COUNTY)).toBe(true);
    expect(outranks(UnitLevel.COUNTY, UnitLevel.SITE)).toBe(true);
    expect(outranks(UnitLevel.COUNTY, UnitLevel.COUNTY)).toBe(false);
    expect(outranks(UnitLevel.SITE, UnitLevel.REGION)).toBe(false);
  });
});
