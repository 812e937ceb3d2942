import { OldHouseDisposition, PovertyStatus } from '../enums/household.enums';
import { householdConsistencyProblems } from './household-consistency';

describe('householdConsistencyProblems', () => {
  const valid = { beneficiaryCount: 4, laborCount: 2, povertyStatus: PovertyStatus.EXITED, povertyExitYear: 2019 };

  it('accepts a consistent household', () => {
    expect(householdConsistencyProblems(valid)).toEqual([]);
  });

  it('allows labour equal to the beneficiaries but not more', () => {
    expect(householdConsistencyProblems({ ...valid, laborCount: 4 })).toEqual([]);
    expect(householdConsistencyProblems({ ...valid, laborCount: 5 })).toEqual([{ field: 'laborCount', reason: 'must not exceed beneficiaryCount (4)' }]);
  });

  it('requires an exit to give an exit year a meaning', () => {
    expect(householdConsistencyProblems({ ...valid, povertyStatus: PovertyStatus.NOT_EXITED }).map((p) => p.field)).toEqual(['povertyExitYear']);
  });

  it('requires a reason for an old house exempt from demolition', () => {
    expect(householdConsistencyProblems({ ...valid, oldHouseDisposition: OldHouseDisposition.EXEMPT }).map((p) => p.field)).toEqual(['oldHouseExemptReason']);
    expect(householdConsistencyProblems({ ...valid, oldHouseDisposition: OldHouseDisposition.EXEMPT, oldHouseExemptReason: '传统村落保护' })).toEqual([]);
  });

  it('does not let land be reclaimed before the house that must go is demolished', () => {
    expect(householdConsistencyProblems({ ...valid, landReclaimed: true }).map((p) => p.field)).toEqual(['landReclaimed']);
    expect(householdConsistencyProblems({ ...valid, landReclaimed: true, oldHouseDemolished: true })).toEqual([]);
  });

  it('refuses a move-in date for a household that has not moved in, and reclamation before demolition', () => {
    expect(householdConsistencyProblems({ ...valid, movedIn: false, movedInOn: '2019-05-01' })).toEqual([{ field: 'movedInOn', reason: 'can only be given when movedIn is true' }]);
    expect(householdConsistencyProblems({ ...valid, movedIn: true, movedInOn: '2019-05-01' })).toEqual([]);
    expect(householdConsistencyProblems({ ...valid, oldHouseDemolishedOn: '2020-03-01', landReclaimedOn: '2020-02-01' })).toEqual([
      { field: 'landReclaimedOn', reason: 'must not be before oldHouseDemolishedOn (2020-03-01)' },
    ]);
    expect(householdConsistencyProblems({ ...valid, oldHouseDemolishedOn: '2020-03-01', landReclaimedOn: '2020-03-01' })).toEqual([]);
  });
});
