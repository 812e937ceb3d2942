import { reportPeriod } from '@app/reports';
import { windowProblem } from './certification-rules';

describe('the sign-off window', () => {
  const november = reportPeriod('2026-11');
  it('is open from the 20th to the last day of the month, in Asia/Shanghai', () => {
    expect(windowProblem(november, new Date('2026-11-20T00:00:00+08:00'))).toBeNull();
    expect(windowProblem(november, new Date('2026-11-30T23:59:59+08:00'))).toBeNull();
    // 19 November 16:30 UTC is already the 20th in Shanghai.
    expect(windowProblem(november, new Date('2026-11-19T16:30:00Z'))).toBeNull();
  });

  it('is closed before the 20th and after the month, naming period', () => {
    for (const at of ['2026-11-19T23:59:59+08:00', '2026-12-01T00:00:00+08:00', '2027-11-25T12:00:00+08:00']) {
      expect(windowProblem(november, new Date(at))).toEqual(expect.objectContaining({ field: 'period' }));
    }
  });
});
