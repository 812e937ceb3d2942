/**
 * How figures are written in the bulletin and the workbook's titles (design: percentages with
 * one decimal, changes of a rate in 个百分点, ranks as integers, dates the Chinese way).
 */

const SHANGHAI = 'Asia/Shanghai';

// Made once: a formatter costs far more to create than to use.
const SHANGHAI_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: SHANGHAI, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
});

function shanghaiParts(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  const parts = SHANGHAI_PARTS.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** "2026年11月" for "2026-11". */
export function periodZh(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return `${year}年${month}月`;
}

/** The as-of instant, the month's last moment, as staff write it: "2026年11月30日24时". */
export function asOfZh(asOf: Date): string {
  const { year, month, day } = shanghaiParts(asOf);
  return `${year}年${month}月${day}日24时`;
}

/** "2026年12月1日 08:05" (Asia/Shanghai). */
export function dateTimeZh(at: Date): string {
  const { year, month, day, hour, minute } = shanghaiParts(at);
  return `${year}年${month}月${day}日 ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function dateZh(at: Date): string {
  const { year, month, day } = shanghaiParts(at);
  return `${year}年${month}月${day}日`;
}

const fixed1 = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/** A rate (0–1) as "97.8%"; no value as "—". */
export function percent(value: number | null): string {
  return value === null ? '—' : `${fixed1(value * 100)}%`;
}

/** A composite score (a weighted mean of rates) on 100: "92.3". */
export function score(value: number | null): string {
  return value === null ? '—' : fixed1(value * 100);
}

/** An integer count with thousands separators. */
export function count(value: number | null): string {
  return value === null ? '—' : Math.round(value).toLocaleString('en-US');
}

/** A change of a rate, in percentage points: "+1.2个百分点", "-0.3个百分点", "持平". */
export function pointsChange(change: number | null): string {
  if (change === null) return '—';
  const points = Math.round(change * 1000) / 10;
  if (points === 0) return '持平';
  return `${points > 0 ? '+' : ''}${points.toFixed(1)}个百分点`;
}

/** A change of a count: "+3", "-1", "持平". */
export function countChange(change: number | null): string {
  if (change === null) return '—';
  const n = Math.round(change);
  return n === 0 ? '持平' : `${n > 0 ? '+' : ''}${n}`;
}

/** A climb or fall in rank: "↑2", "↓1", "—" for unchanged, "新" where last month had no rank. */
export function rankChange(change: number | null): string {
  if (change === null) return '新';
  if (change === 0) return '—';
  return change > 0 ? `↑${change}` : `↓${-change}`;
}
