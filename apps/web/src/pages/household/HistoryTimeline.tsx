import { Empty, Timeline, Typography } from 'antd';
import { FIELD_ENUMS, FIELD_LABELS } from '../../gql/field-labels';
import { label } from '../../format/labels';
import type { HouseholdPageQuery } from '../../gql/graphql';

type Entry = NonNullable<HouseholdPageQuery['household']>['history'][number];
type Change = { from: unknown; to: unknown };

const OPERATIONS: Record<string, string> = { CREATE: '录入', UPDATE: '修改', DELETE: '删除' };

const fieldName = (field: string) => (FIELD_LABELS.Household as Record<string, string>)[field] ?? field;

/** A value as staff read it: enum labels, 是/否, and personal numbers exactly as the API masked them. */
function shown(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '空';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const enumName = (FIELD_ENUMS.Household as Record<string, string>)[field];
  if (enumName && typeof value === 'string') return label(enumName as Parameters<typeof label>[0], value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function at(instant: string): string {
  return new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' });
}

/** 修改记录: who wrote each version of the household, when, and what it changed, newest first. */
export function HistoryTimeline({ history }: { history: Entry[] }) {
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无修改记录" />;
  const newestFirst = [...history].reverse();
  return (
    <Timeline
      className="history-timeline"
      items={newestFirst.map((entry, i) => {
        const changes = Object.entries((entry.changes ?? {}) as Record<string, Change>);
        return {
          key: `${entry.at}-${i}`,
          color: entry.operation === 'CREATE' ? 'green' : 'blue',
          children: (
            <div className="history-entry">
              <div>
                <strong>{entry.actor}</strong> {OPERATIONS[entry.operation] ?? entry.operation}
                <Typography.Text type="secondary"> · {at(entry.at)}</Typography.Text>
              </div>
              {entry.operation !== 'CREATE' && changes.length > 0 && (
                <ul className="history-changes">
                  {changes.map(([field, change]) => (
                    <li key={field}>
                      {fieldName(field)}：{shown(field, change.from)} → {shown(field, change.to)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
