import { declareFieldReads, propertiesToLoad } from './field-reads';

class Member {
  id!: string;
  householdId!: string;
  name!: string;
  leftOn!: string | null;
}
declareFieldReads(Member, 'active', ['leftOn']);
declareFieldReads(Member, 'history', []);

const LOADABLE = new Set(['id', 'householdId', 'name', 'leftOn']);

describe('propertiesToLoad', () => {
  it('loads the properties selected, what computed fields declared, and the ones always needed', () => {
    expect(propertiesToLoad(Member, new Set(['name', 'active', 'history', '__typename']), LOADABLE, ['id', 'householdId'])?.sort()).toEqual([
      'householdId',
      'id',
      'leftOn',
      'name',
    ]);
  });

  it('loads everything when a selected field is neither a property nor declared', () => {
    expect(propertiesToLoad(Member, new Set(['name', 'evidence']), LOADABLE, ['id'])).toBeNull();
  });

  it('knows declarations per type only', () => {
    class Other {}
    expect(propertiesToLoad(Other, new Set(['active']), new Set(), [])).toBeNull();
  });
});
