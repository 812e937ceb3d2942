/** Numbers as the bulletin prints them: percentages with one decimal, changes in 个百分点. */

export type Unit = 'RATIO' | 'COUNT' | 'SCORE';

export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'RATIO') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'SCORE') return (value * 100).toFixed(1);
  return formatCount(value);
}

export function formatChange(change: number | null | undefined, unit: Unit): string {
  if (change === null || change === undefined) return '—';
  const size = unit === 'COUNT' ? Math.round(Math.abs(change)) : Math.abs(change) * 100;
  const shown = unit === 'COUNT' ? formatCount(size) : size.toFixed(1);
  // A change that rounds to nothing reads as none, not as +0.0.
  if (Number(shown.replace(/,/g, '')) === 0) return '持平';
  const sign = change > 0 ? '+' : '−';
  if (unit === 'RATIO') return `${sign}${shown}个百分点`;
  if (unit === 'SCORE') return `${sign}${shown}分`;
  return `${sign}${shown}`;
}

export function formatCount(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 0 });
}

/** 2026-11 → 2026年11月 */
export function formatMonth(period: string): string {
  const [year, month] = period.split('-');
  return `${year}年${Number(month)}月`;
}

/** An ISO instant or date as a Chinese date in Beijing time: 2026年11月30日. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value);
  return date.toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });
}

/** An ISO instant as a Chinese date and time in Beijing time: 2026年12月7日 08:05. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  const time = date.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
  return `${formatDate(value)} ${time}`;
}

/** The last `count` months before the current one in Beijing time, newest first (YYYY-MM). */
export function recentMonths(count: number, now = new Date()): string[] {
  const [year, month] = now.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (i + 1);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
