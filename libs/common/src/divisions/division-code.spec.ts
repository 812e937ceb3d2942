import { DivisionCode } from './division-code';

describe('DivisionCode', () => {
  const region = DivisionCode.parse('450000');
  const city = DivisionCode.parse('450100');
  const county = DivisionCode.parse('450123');

  it('reads the tier from the digits', () => {
    expect([region.tier, city.tier, county.tier]).toEqual(['REGION', 'CITY', 'COUNTY']);
  });

  it('refuses what is not six digits', () => {
    for (const bad of ['45000', '4500000', '45012a', '', ' 450123', 'site-id']) expect(DivisionCode.tryParse(bad)).toBeNull();
    expect(() => DivisionCode.parse('4501')).toThrow(TypeError);
  });

  it('knows parents and ancestors', () => {
    expect(county.parent?.value).toBe('450100');
    expect(city.parent?.value).toBe('450000');
    expect(region.parent).toBeNull();
    expect(county.ancestors.map(String)).toEqual(['450100', '450000']);
    expect(county.selfAndAncestors.map(String)).toEqual(['450123', '450100', '450000']);
  });

  it('contains what lies inside, itself included, and nothing beside it', () => {
    expect(region.contains('451228')).toBe(true);
    expect(region.contains('440100')).toBe(false);
    expect(city.contains(county)).toBe(true);
    expect(city.contains(city)).toBe(true);
    expect(city.contains('450200')).toBe(false);
    expect(city.contains('450000')).toBe(false);
    expect(county.contains('450123')).toBe(true);
    expect(county.contains('450124')).toBe(false);
  });

  it('writes the same test as SQL, using a city column where the table has one', () => {
    expect(region.withinSql({ county: 's.county_code', city: 's.city_code' }, 'p')).toEqual({ sql: 'left(s.county_code, 2) = :p', params: { p: '45' } });
    expect(city.withinSql({ county: 's.county_code', city: 's.city_code' }, 'p')).toEqual({ sql: 's.city_code = :p', params: { p: '450100' } });
    expect(city.withinSql('e.division_code', 'p')).toEqual({ sql: 'left(e.division_code, 4) = :p', params: { p: '4501' } });
    expect(county.withinSql('e.division_code', 'p')).toEqual({ sql: 'e.division_code = :p', params: { p: '450123' } });
  });
});
