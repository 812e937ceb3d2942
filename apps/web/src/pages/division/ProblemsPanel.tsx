import { useQuery } from '@apollo/client/react';
import { Badge, Card, Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import { DIVISION_PROBLEMS } from '../../api/queries';
import { errorMessage } from '../../api/errors';
import { label, shortLabel } from '../../format/labels';
import { formatDate } from '../../format/numbers';

/** Open red lines, unrecognised claims and work news of the division, as they stand now: titled 当前 so that beside a published month they are not read as its figures. */
export function ProblemsPanel({ code }: { code: string }) {
  const { data, error, loading } = useQuery(DIVISION_PROBLEMS, { variables: { code } });
  if (error) return <Card size="small">{errorMessage(error)}</Card>;
  const violations = data?.redlineViolations;
  const claims = data?.unrecognizedClaims;
  const news = data?.workNews;
  return (
    <div className="problems">
      <Card size="small" loading={loading && !data} title={<PanelTitle text="当前未整改的政策红线问题" count={violations?.totalCount} danger />}>
        <List
          size="small"
          dataSource={violations?.nodes ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="当前没有未整改的红线问题" /> }}
          renderItem={(v) => (
            <List.Item>
              <div>
                <Link to={`/household/${v.household.id}`}>
                  {v.household.headName}户（{v.household.code}）
                </Link>
                <div className="problem-detail">
                  {v.household.site.name} · {label('RedlineRule', v.rule)}：{v.value.toLocaleString('zh-CN')}（红线 {v.threshold.toLocaleString('zh-CN')}）
                </div>
              </div>
            </List.Item>
          )}
        />
        {violations && violations.totalCount > violations.nodes.length && (
          <Typography.Text type="secondary">另有 {violations.totalCount - violations.nodes.length} 条未列出</Typography.Text>
        )}
      </Card>
      <Card size="small" loading={loading && !data} title={<PanelTitle text="当前缺少佐证、未获认定的事项" count={claims?.totalCount} />}>
        <List
          size="small"
          dataSource={claims?.nodes ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="所有上报事项均已有佐证材料" /> }}
          renderItem={(c) => (
            <List.Item>
              <div>
                {c.subjectType === 'HOUSEHOLD' ? (
                  <Link to={`/household/${c.subjectId}`}>户 {c.subjectCode}</Link>
                ) : c.subjectType === 'SITE' ? (
                  <Link to={`/site/${c.site.id}`}>{c.site.name}</Link>
                ) : (
                  <span>{c.subjectCode}</span>
                )}
                <div className="problem-detail">
                  {c.site.name} · {shortLabel('Claim', c.claim)}
                </div>
              </div>
            </List.Item>
          )}
        />
        {claims && claims.totalCount > claims.nodes.length && <Typography.Text type="secondary">另有 {claims.totalCount - claims.nodes.length} 项未列出</Typography.Text>}
      </Card>
      <Card size="small" loading={loading && !data} title="工作动态">
        <List
          size="small"
          dataSource={news?.nodes ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无工作动态" /> }}
          renderItem={(n) => (
            <List.Item>
              <div>
                <div>{n.title}</div>
                <div className="problem-detail">{formatDate(n.publishedAt)}</div>
              </div>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}

function PanelTitle({ text, count, danger }: { text: string; count?: number; danger?: boolean }) {
  return (
    <span>
      {text} {count !== undefined && <Badge count={count} showZero color={danger && count > 0 ? '#cf1322' : '#8c8c8c'} overflowCount={9999} />}
    </span>
  );
}
