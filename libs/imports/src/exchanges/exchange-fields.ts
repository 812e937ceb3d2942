import { badInput, EARLIEST_DATE, todayInShanghai } from '@app/common';
import { readDate } from '../cell-values';
import { RosterKind } from './roster-kind';

const KINDS = Object.values(RosterKind) as string[];

/**
 * The multipart fields of POST /exchanges: which roster (`kind`) and the day its data describes
 * (`asOf`, YYYY-MM-DD, not in the future). Every wrong field is reported at once.
 */
export function exchangeFieldsOf(fields: Record<string, string>): { kind: RosterKind; asOf: string } {
  const problems: Array<{ field: string; reason: string }> = [];
  const kind = fields.kind?.trim();
  if (!kind || !KINDS.includes(kind)) problems.push({ field: 'kind', reason: `须为以下之一：${KINDS.join('、')}` });
  const given = fields.asOf?.trim() ?? '';
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(given) ? readDate(given) : null;
  if (!asOf) problems.push({ field: 'asOf', reason: '须为名单数据的截止日期，格式 YYYY-MM-DD' });
  else if (asOf > todayInShanghai() || asOf < EARLIEST_DATE) problems.push({ field: 'asOf', reason: `须在 ${EARLIEST_DATE} 与今天之间` });
  if (problems.length > 0) throw badInput(problems);
  return { kind: kind as RosterKind, asOf: asOf as string };
}
