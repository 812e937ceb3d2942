import { asOfZh, countChange, dateTimeZh, percent, periodZh, pointsChange, rankChange, score } from './format';

describe('bulletin number formats', () => {
  it('write rates with one decimal and changes of a rate in 个百分点, never as a relative percentage', () => {
    expect(percent(0.97849)).toBe('97.8%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(null)).toBe('—');
    expect(pointsChange(0.0026)).toBe('+0.3个百分点');
    expect(pointsChange(-0.012)).toBe('-1.2个百分点');
    expect(pointsChange(0.0001)).toBe('持平');
    expect(pointsChange(null)).toBe('—');
    expect(score(0.8625)).toBe('86.3');
  });

  it('write counts, rank changes and dates as staff write them', () => {
    expect(countChange(-2)).toBe('-2');
    expect(countChange(0)).toBe('持平');
    expect(rankChange(2)).toBe('↑2');
    expect(rankChange(-1)).toBe('↓1');
    expect(rankChange(0)).toBe('—');
    expect(rankChange(null)).toBe('新');
    expect(periodZh('2026-11')).toBe('2026年11月');
    // The month's last instant in Asia/Shanghai, whatever the machine's zone.
    expect(asOfZh(new Date('2026-11-30T23:59:59.999+08:00'))).toBe('2026年11月30日24时');
    expect(dateTimeZh(new Date('2026-11-30T16:05:00Z'))).toBe('2026年12月1日 00:05');
  });
});
