import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Grid, List, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { HOUSEHOLDS } from '../../api/queries';
import { errorMessage } from '../../api/errors';
import type { HouseholdFilter, HouseholdsQuery } from '../../gql/graphql';
import { label } from '../../format/labels';

type HouseholdRow = HouseholdsQuery['households']['nodes'][number];

const PAGE_SIZE = 20;

/** The query functions staff use most, as chips: each adds one condition of HouseholdFilter. */
const CHIPS: Array<{ key: string; text: string; filter: HouseholdFilter }> = [
  { key: 'labour', text: '有劳动力未就业', filter: { laborWithoutEmployment: true } },
  { key: 'demolition', text: '旧房未拆除', filter: { oldHouseDemolished: false } },
  { key: 'resident', text: '未实际入住', filter: { actuallyResident: false } },
  { key: 'moved', text: '未搬迁入住', filter: { movedIn: false } },
  { key: 'poverty', text: '未脱贫', filter: { povertyStatus: 'NOT_EXITED' } },
];

const RED_LINES = ['HOUSING_AREA_PER_PERSON', 'SELF_FUNDING_PER_HOUSEHOLD', 'SELF_FUNDING_PER_PERSON'] as const;
const HOUSEHOLD_TYPES = ['REGISTERED_POOR', 'ALONGSIDE'] as const;

function statusTags(h: HouseholdRow) {
  return (
    <Space size={4} wrap>
      <Tag color={h.movedIn ? 'green' : 'orange'}>{h.movedIn ? '已入住' : '未入住'}</Tag>
      {h.movedIn && !h.actuallyResident && <Tag color="orange">未实际入住</Tag>}
      {!h.oldHouseDemolished && <Tag>旧房未拆</Tag>}
      {h.povertyStatus === 'NOT_EXITED' && <Tag color="red">未脱贫</Tag>}
    </Space>
  );
}

const COLUMNS: ColumnsType<HouseholdRow> = [
  { title: '户编码', dataIndex: 'code', render: (code: string, h) => <Link to={`/household/${h.id}`}>{code}</Link> },
  { title: '户主', dataIndex: 'headName', render: (name: string, h) => <Link to={`/household/${h.id}`}>{name}</Link> },
  { title: '类型', dataIndex: 'householdType', render: (t: string) => label('HouseholdType', t) },
  { title: '房号', dataIndex: 'roomNumber', render: (r: string | null) => r ?? '—' },
  { title: '受益人口', dataIndex: 'beneficiaryCount', align: 'right' },
  { title: '劳动力', dataIndex: 'laborCount', align: 'right' },
  { title: '状态', key: 'status', render: (_, h) => statusTags(h) },
];

/** A site's households, filtered by the query functions, a page at a time. */
export function HouseholdsPanel({ siteId }: { siteId: string }) {
  const narrow = !Grid.useBreakpoint().md;
  const [chips, setChips] = useState<string[]>([]);
  const [redline, setRedline] = useState<string>();
  const [householdType, setHouseholdType] = useState<string>();
  // Cursors of the pages seen so far: connections page forward only.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const page = cursors.length - 1;

  const filter: HouseholdFilter = Object.assign(
    { siteId },
    ...CHIPS.filter((c) => chips.includes(c.key)).map((c) => c.filter),
    redline ? { redline } : {},
    householdType ? { householdType } : {},
  );
  const { data, previousData, error, loading } = useQuery(HOUSEHOLDS, { variables: { filter, first: PAGE_SIZE, after: cursors[page] } });
  const shown = (data ?? previousData)?.households;
  const restart = () => setCursors([null]);
  const toggle = (key: string, on: boolean) => {
    setChips(on ? [...chips, key] : chips.filter((k) => k !== key));
    restart();
  };

  return (
    <Card size="small" title={`搬迁户${shown ? `（共 ${shown.totalCount} 户）` : ''}`} className="households">
      <div className="household-filters" role="group" aria-label="查询条件">
        {CHIPS.map((c) => (
          <Tag.CheckableTag key={c.key} checked={chips.includes(c.key)} onChange={(on) => toggle(c.key, on)} className="filter-chip">
            {c.text}
          </Tag.CheckableTag>
        ))}
        <Select
          allowClear
          placeholder="政策红线"
          aria-label="政策红线"
          value={redline}
          onChange={(v) => {
            setRedline(v);
            restart();
          }}
          options={RED_LINES.map((r) => ({ value: r, label: label('RedlineRule', r) }))}
          className="filter-select"
        />
        <Select
          allowClear
          placeholder="户类型"
          aria-label="户类型"
          value={householdType}
          onChange={(v) => {
            setHouseholdType(v);
            restart();
          }}
          options={HOUSEHOLD_TYPES.map((t) => ({ value: t, label: label('HouseholdType', t) }))}
          className="filter-select"
        />
      </div>
      {error ? (
        <Typography.Text type="danger">{errorMessage(error)}</Typography.Text>
      ) : narrow ? (
        <List
          loading={loading && !shown}
          dataSource={shown?.nodes ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的搬迁户" /> }}
          renderItem={(h) => (
            <List.Item>
              <Link to={`/household/${h.id}`} className="household-item">
                <div className="household-item-head">
                  <strong>{h.headName}</strong>
                  <span className="household-item-code">{h.code}</span>
                </div>
                <div className="household-item-meta">
                  {label('HouseholdType', h.householdType)} · {h.beneficiaryCount} 人{h.roomNumber ? ` · ${h.roomNumber}` : ''}
                </div>
                {statusTags(h)}
              </Link>
            </List.Item>
          )}
        />
      ) : (
        <Table<HouseholdRow>
          rowKey="id"
          size="small"
          loading={loading}
          columns={COLUMNS}
          dataSource={shown?.nodes ?? []}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的搬迁户" /> }}
        />
      )}
      {shown && shown.totalCount > PAGE_SIZE && (
        <div className="pager">
          <Button disabled={page === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
            上一页
          </Button>
          <Typography.Text>
            第 {page + 1} 页，共 {Math.ceil(shown.totalCount / PAGE_SIZE)} 页
          </Typography.Text>
          <Button disabled={!shown.pageInfo.hasNextPage || loading} onClick={() => setCursors([...cursors, shown.pageInfo.endCursor ?? null])}>
            下一页
          </Button>
        </div>
      )}
    </Card>
  );
}
