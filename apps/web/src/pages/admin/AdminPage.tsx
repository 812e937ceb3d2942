import { useQuery } from '@apollo/client/react';
import { Result, Tabs, Typography } from 'antd';
import { ME } from '../../api/queries';
import { PageError, PageLoading } from '../../components/PageState';
import { IndicatorWeightsPanel } from './IndicatorWeightsPanel';
import { RedlineRulesPanel } from './RedlineRulesPanel';
import { UsersPanel } from './UsersPanel';

/**
 * 系统管理: accounts, red-line rules and indicator weights, for region administrators. The API
 * refuses everyone else (FORBIDDEN); the page says so before asking it.
 */
export default function AdminPage() {
  const { data, error } = useQuery(ME);
  if (error) return <PageError error={error} />;
  if (!data) return <PageLoading />;
  if (data.me.role !== 'REGION_ADMIN') return <Result status="403" title="无权查看" subTitle="系统管理仅限自治区管理员。" />;
  return (
    <div className="platform">
      <div className="platform-heading">
        <Typography.Title level={2}>系统管理</Typography.Title>
      </div>
      <Tabs
        items={[
          { key: 'users', label: '用户管理', children: <UsersPanel self={data.me.username} /> },
          { key: 'redlines', label: '政策红线规则', children: <RedlineRulesPanel /> },
          { key: 'weights', label: '指标权重', children: <IndicatorWeightsPanel /> },
        ]}
      />
    </div>
  );
}
