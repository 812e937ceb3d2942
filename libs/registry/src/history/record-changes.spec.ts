import { recordChanges } from './record-changes';

describe('recordChanges', () => {
  it('lists every non-empty field of a created row under its GraphQL name', () => {
    expect(recordChanges(null, { head_name: '韦建国', room_number: null, industry_projects: [], version: 1 })).toEqual({
      headName: { from: null, to: '韦建国' },
    });
  });

  it('lists only the fields that changed, ignoring bookkeeping columns', () => {
    const before = { housing_area: '80.00', moved_in: false, version: 1, updated_at: 'a', sys_period: 'x' };
    const after = { housing_area: '90.00', moved_in: false, version: 2, updated_at: 'b', sys_period: 'y' };
    expect(recordChanges(before, after)).toEqual({ housingArea: { from: '80.00', to: '90.00' } });
  });

  it('compares structured values by content', () => {
    expect(recordChanges({ trainings: [{ kind: 'a' }] }, { trainings: [{ kind: 'a' }] })).toEqual({});
  });
});
