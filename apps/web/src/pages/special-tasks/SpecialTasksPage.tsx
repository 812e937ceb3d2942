import { useQuery } from '@apollo/client/react';
import { Card, Col, Collapse, Grid, List, Progress, Row, Statistic, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { SPECIAL_TASK_PLATFORM } from '../../api/special-task-queries';
import type { SpecialTaskPlatformQuery, TaskStatus } from '../../gql/graphql';
import { PageError, PageLoading } from '../../components/PageState';
import { UnitTrail } from '../../components/UnitTrail';
import { label, shortLabel } from '../../format/labels';
import { formatDate, formatValue } from '../../format/numbers';

type Task = SpecialTaskPlatformQuery['specialTasks'][number];
type TaskRecord = Task['records'][number];
type Definition = SpecialTaskPlatformQuery['indicatorDefinitions'][number];

const STATUS_COLOURS: Record<TaskStatus, string> = { COMPLETED: 'green', IN_PROGRESS: 'blue', NOT_STARTED: 'default' };
const status = (s: TaskStatus) => <Tag color={STATUS_COLOURS[s]}>{label('TaskStatus', s)}</Tag>;
const percent = (rate: number | null) => (rate === null ? 0 : Number((rate * 100).toFixed(1)));

/**
 * 专项任务平台: project construction, moving in and the ten follow-up works of a division, each
 * as its live indicators and the sites' own task records (status, responsible person, notes).
 */
export default function SpecialTasksPage() {
  const { code = '' } = useParams();
  const { data, error, refetch } = useQuery(SPECIAL_TASK_PLATFORM, { variables: { code } });
  if (error) return <PageError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoading />;
  const { division, specialTasks, indicatorDefinitions } = data;
  if (!division) return <PageError />;
  const definitions = new Map(indicatorDefinitions.map((d) => [d.key, d]));

  return (
    <div className="platform">
      <UnitTrail from={division} current="专项任务" />
      <div className="platform-heading">
        <Typography.Title level={2}>
          {division.name} <Tag>专项任务平台</Tag>
        </Typography.Title>
        <Typography.Text type="secondary">实时数据，由当前记录计算</Typography.Text>
      </div>
      <Row gutter={[12, 12]} className="task-overview">
        {specialTasks.map((task) => (
          <Col key={task.task} xs={12} sm={8} lg={6} xl={4}>
            <Card size="small" className="task-tile">
              <div className="task-tile-name">{task.name}</div>
              <Progress type="dashboard" size={72} status="normal" percent={percent(task.completionRate)} strokeColor="#c8706b" format={() => (task.completionRate === null ? '—' : `${percent(task.completionRate)}%`)} />
              <div className="problem-detail">
                {task.sitesCompleted} / {task.siteCount} 个安置点完成
              </div>
            </Card>
          </Col>
        ))}
      </Row>
      <Collapse
        className="task-details"
        items={specialTasks.map((task) => ({
          key: task.task,
          label: `${task.name}：已完成 ${task.sitesCompleted}，推进中 ${task.sitesInProgress}，共 ${task.siteCount} 个安置点`,
          children: <TaskDetail task={task} definitions={definitions} />,
        }))}
      />
    </div>
  );
}

function TaskDetail({ task, definitions }: { task: Task; definitions: Map<string, Definition> }) {
  const narrow = !Grid.useBreakpoint().md;
  return (
    <>
      {task.indicators.length > 0 && (
        <Row gutter={[12, 12]} className="task-indicators">
          {task.indicators.map((value) => {
            const definition = definitions.get(value.key);
            return (
              <Col key={value.key} xs={12} md={6}>
                <Statistic title={definition ? definition.nameZh : shortLabel('IndicatorKey', value.key)} value={formatValue(value.value, definition?.unit ?? 'COUNT')} />
                {definition?.unit === 'RATIO' && (
                  <div className="problem-detail">
                    {value.numerator.toLocaleString('zh-CN')} / {value.denominator.toLocaleString('zh-CN')}
                  </div>
                )}
              </Col>
            );
          })}
        </Row>
      )}
      <Typography.Title level={5}>各安置点任务记录</Typography.Title>
      {narrow ? (
        <List<TaskRecord>
          dataSource={task.records}
          locale={{ emptyText: '尚无安置点记录' }}
          renderItem={(r) => (
            <List.Item>
              <div>
                <Link to={`/site/${r.site.id}`}>{r.site.name}</Link> {status(r.status)}
                <div className="problem-detail">
                  {formatDate(r.recordedOn)} · {r.responsiblePerson ?? '—'}
                  {r.progressNote ? ` · ${r.progressNote}` : ''}
                </div>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table<TaskRecord>
          rowKey="siteId"
          size="small"
          dataSource={task.records}
          aria-label={`${task.name}记录表`}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '尚无安置点记录' }}
          columns={[
            { title: '安置点', key: 'site', render: (_, r) => <Link to={`/site/${r.site.id}`}>{r.site.name}</Link> },
            { title: '状态', dataIndex: 'status', render: status },
            { title: '记录日期', dataIndex: 'recordedOn', render: formatDate },
            { title: '责任人', dataIndex: 'responsiblePerson', render: (p: string | null) => p ?? '—' },
            { title: '进展情况', dataIndex: 'progressNote', render: (n: string | null) => n ?? '—' },
            { title: '记录人', dataIndex: 'updatedBy' },
          ]}
        />
      )}
    </>
  );
}
