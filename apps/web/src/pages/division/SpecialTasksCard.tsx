import { useQuery } from '@apollo/client/react';
import { Card, Progress, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { SPECIAL_TASKS } from '../../api/queries';
import { errorMessage } from '../../api/errors';
import type { SpecialTasksQuery } from '../../gql/graphql';

type Task = SpecialTasksQuery['specialTasks'][number];

/** 专项任务平台: each task's progress over the division's sites, live. */
export function SpecialTasksCard({ code }: { code: string }) {
  const { data, error, loading } = useQuery(SPECIAL_TASKS, { variables: { code } });
  return (
    <Card size="small" title="专项任务（实时）" className="special-tasks" loading={loading && !data} extra={<Link to={`/special-tasks/${code}`}>专项任务平台</Link>}>
      {error ? (
        <Typography.Text type="danger">{errorMessage(error)}</Typography.Text>
      ) : (
        <Table<Task>
          rowKey="task"
          size="small"
          pagination={false}
          dataSource={data?.specialTasks ?? []}
          aria-label="专项任务表"
          locale={{ emptyText: '暂无专项任务' }}
          columns={[
            { title: '任务', dataIndex: 'name' },
            { title: '已完成', dataIndex: 'sitesCompleted', align: 'right' },
            { title: '推进中', dataIndex: 'sitesInProgress', align: 'right', responsive: ['sm'] },
            { title: '安置点数', dataIndex: 'siteCount', align: 'right' },
            {
              title: '完成率',
              dataIndex: 'completionRate',
              width: '30%',
              render: (rate: number | null) => (rate === null ? '—' : <Progress percent={Number((rate * 100).toFixed(1))} size="small" status="normal" strokeColor="#c8706b" />),
            },
          ]}
        />
      )}
    </Card>
  );
}
