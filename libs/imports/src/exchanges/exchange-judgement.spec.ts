import { ExchangeOutcome } from './exchange-entry.entity';
import { judge } from './exchange-judgement';
import type { PersonMatch } from './person-matches';
import type { RosterRow } from './roster-reading';

const row = (fields: Record<string, unknown>): RosterRow => ({ sheet: '名单', row: 3, idNumber: '450123199202020021', name: null, fields });
const person = (row: Record<string, unknown>, editedOn: Record<string, string> = {}): PersonMatch => ({ id: 'p', version: 2, row, editedOn: new Map(Object.entries(editedOn)) });

describe('judge: what a roster row does to the person it names', () => {
  it('is UNMATCHED without a person, UNCHANGED when every field agrees (numerics as stored)', () => {
    expect(judge(row({ employment: 'LOCAL_JOB' }), undefined, '2026-11-30')).toEqual({ outcome: ExchangeOutcome.UNMATCHED, changes: {}, conflicts: {} });
    const stored = person({ employment: 'LOCAL_JOB', employer: '南宁', monthly_wage: '3500.00' });
    expect(judge(row({ employment: 'LOCAL_JOB', employer: '南宁', monthlyWage: 3500 }), stored, '2026-11-30').outcome).toBe(ExchangeOutcome.UNCHANGED);
  });

  it('changes the fields that differ, and leaves those edited by hand after the roster date as conflicts', () => {
    const stored = person({ employment: 'UNEMPLOYED', employer: null, monthly_wage: null }, { employment: '2026-12-01', employer: '2026-11-30' });
    expect(judge(row({ employment: 'LOCAL_JOB', employer: '南宁', monthlyWage: null }), stored, '2026-11-30')).toEqual({
      outcome: ExchangeOutcome.CONFLICTING,
      // An edit on the roster's own day is older than the roster.
      changes: { employer: { from: null, to: '南宁' } },
      conflicts: { employment: { from: 'UNEMPLOYED', to: 'LOCAL_JOB', editedOn: '2026-12-01' } },
    });
    expect(judge(row({ employment: 'LOCAL_JOB' }), stored, '2026-12-01').outcome).toBe(ExchangeOutcome.MATCHED);
  });
});
