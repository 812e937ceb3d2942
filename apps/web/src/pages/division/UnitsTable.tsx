import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { formatChange, formatCount, formatValue } from '../../format/numbers';
import { changeTone, type IndicatorChoice, type UnitFigures } from './figures';

type Row = UnitFigures & { rank: number | null };

const byNumber = (pick: (row: Row) => number | null | undefined) => (a: Row, b: Row) => (pick(a) ?? -Infinity) - (pick(b) ?? -Infinity);

/** The units below, sortable by any column; a unit's name opens its platform. */
export function UnitsTable({ units, indicator, unitNoun, withProblems }: { units: Row[]; indicator: IndicatorChoice; unitNoun: string; withProblems: boolean }) {
  const figure = (row: Row) => row.figures[indicator.key];
  const columns: ColumnsType<Row> = [
    { title: '名次', dataIndex: 'rank', width: 64, align: 'right', sorter: byNumber((r) => r.rank && -r.rank), render: (rank: number | null) => rank ?? '—' },
    { title: unitNoun, dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'), render: (name: string, row) => <Link to={row.href}>{name}</Link> },
    {
      title: indicator.name,
      key: 'value',
      align: 'right',
      sorter: byNumber((r) => figure(r)?.value),
      render: (_, row) => formatValue(figure(row)?.value, indicator.unit),
    },
    ...(indicator.unit === 'RATIO'
      ? [
          {
            title: '完成数 / 应完成数',
            key: 'counts',
            align: 'right' as const,
            responsive: ['md' as const],
            sorter: byNumber((r) => figure(r)?.denominator),
            render: (_: unknown, row: Row) => {
              const f = figure(row);
              return f && f.numerator !== null && f.denominator !== null ? `${formatCount(f.numerator)} / ${formatCount(f.denominator)}` : '—';
            },
          },
        ]
      : []),
    {
      title: '较上月',
      key: 'change',
      align: 'right',
      sorter: byNumber((r) => figure(r)?.change),
      render: (_, row) => {
        const change = figure(row)?.change ?? null;
        return <span className={`change-${changeTone(change, indicator)}`}>{formatChange(change, indicator.unit)}</span>;
      },
    },
    ...(withProblems
      ? [
          { title: '未整改红线', dataIndex: 'openViolations', align: 'right' as const, responsive: ['lg' as const], sorter: byNumber((r) => r.openViolations) },
          { title: '未认定事项', dataIndex: 'unrecognizedClaims', align: 'right' as const, responsive: ['lg' as const], sorter: byNumber((r) => r.unrecognizedClaims) },
        ]
      : []),
  ];
  return <Table<Row> rowKey="id" size="small" columns={columns} dataSource={units} pagination={false} className="units-table" aria-label={`${unitNoun}排名表`} />;
}
