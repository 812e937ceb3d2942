import { todayInShanghai } from '@app/common';

/** The date `years` years before today (Asia/Shanghai), shifted by `days`: for age boundaries. */
export function birthDateForAge(years: number, days = 0): string {
  const [y, m, d] = todayInShanghai().split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}
