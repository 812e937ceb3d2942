import { DomainError } from '@app/common';
import { assertNotBeforeFirstRecord, endOfDay, evaluationDay, lastDayOfLastMonth } from './evaluation-instant';

const at = (iso: string) => new Date(iso);
const fieldsOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as DomainError).fields;
  }
  throw new Error('expected a refusal');
};

describe('the evaluation day', () => {
  it('defaults to the last day of last month in Asia/Shanghai', () => {
    expect(lastDayOfLastMonth(at('2026-12-07T03:00:00Z'))).toBe('2026-11-30');
    expect(lastDayOfLastMonth(at('2026-03-01T00:30:00+08:00'))).toBe('2026-02-28');
    // 31 December 17:00 UTC is already 1 January in Shanghai.
    expect(lastDayOfLastMonth(at('2026-12-31T17:00:00Z'))).toBe('2026-12-31');
    expect(evaluationDay(undefined, at('2024-03-15T12:00:00+08:00'))).toBe('2024-02-29');
  });

  it('takes a calendar day up to today and names asOf otherwise', () => {
    const now = at('2026-12-07T10:00:00+08:00');
    expect(evaluationDay('2026-12-07', now)).toBe('2026-12-07');
    for (const bad of ['2026-12-08', '2026-02-29', '2026-11-31', '2026-1-01', '', 'yesterday']) {
      expect(fieldsOf(() => evaluationDay(bad, now))).toEqual([expect.objectContaining({ field: 'asOf' })]);
    }
  });

  it('is the end of the day in Asia/Shanghai, and not before the first record', () => {
    expect(new Date(endOfDay('2026-11-30').instant).toISOString()).toBe('2026-11-30T15:59:59.999Z');
    expect(() => assertNotBeforeFirstRecord('2026-05-01', '2026-05-01')).not.toThrow();
    expect(fieldsOf(() => assertNotBeforeFirstRecord('2026-04-30', '2026-05-01'))).toEqual([expect.objectContaining({ field: 'asOf' })]);
    expect(fieldsOf(() => assertNotBeforeFirstRecord('2026-04-30', null))).toEqual([expect.objectContaining({ field: 'asOf' })]);
  });
});
