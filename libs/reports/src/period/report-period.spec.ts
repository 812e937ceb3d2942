import { DomainError } from '@app/common';
import { assertPeriodEnded, assertPeriodHasRecords, lastEndedPeriod, monthOf, reportPeriod } from './report-period';

describe('report periods', () => {
  it('knows a month’s bounds, in Shanghai time', () => {
    expect(reportPeriod('2026-10')).toEqual({
      period: '2026-10', firstDay: '2026-10-01', lastDay: '2026-10-31', lastInstant: '2026-10-31T23:59:59.999999+08:00', previous: '2026-09',
    });
    expect(reportPeriod('2024-02').lastDay).toBe('2024-02-29');
    expect(reportPeriod('2026-12').lastInstant).toBe('2026-12-31T23:59:59.999999+08:00');
    expect(reportPeriod('2026-01').previous).toBe('2025-12');
  });

  it.each(['2026-13', '2026-1', '26-01', '2026/01', ''])('rejects %p as bad input on period', (period) => {
    expect(() => reportPeriod(period)).toThrow(DomainError);
  });

  it('reports no month before the first record, nor any while there is none', () => {
    expect(() => assertPeriodHasRecords(reportPeriod('2026-09'), '2026-10')).toThrow(DomainError);
    expect(() => assertPeriodHasRecords(reportPeriod('2026-10'), null)).toThrow(DomainError);
    expect(() => assertPeriodHasRecords(reportPeriod('2026-10'), '2026-10')).not.toThrow();
    expect(() => reportPeriod('2015-12')).toThrow(DomainError);
    expect(monthOf('2015-12').lastDay).toBe('2015-12-31');
  });

  it('reports only months that have ended', () => {
    expect(() => assertPeriodEnded(reportPeriod('2026-11'), new Date('2026-11-30T15:59:59Z'))).toThrow(DomainError);
    expect(() => assertPeriodEnded(reportPeriod('2026-11'), new Date('2026-11-30T16:00:00Z'))).not.toThrow();
  });

  it('finds the month just ended at 00:00 on the 1st in Shanghai (still the 31st in UTC)', () => {
    expect(lastEndedPeriod(new Date('2026-10-31T16:00:00Z'))).toBe('2026-10');
    expect(lastEndedPeriod(new Date('2027-01-01T00:30:00+08:00'))).toBe('2026-12');
  });
});
