import { useQuery } from '@apollo/client/react';
import { Button, Layout, Typography } from 'antd';
import { LogoutOutlined, SettingOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, Outlet } from 'react-router';
import { ME } from '../api/queries';
import { session } from '../auth/session';
import { label } from '../format/labels';

/** Roles that enter records, and so may import them from a spreadsheet. */
const IMPORTING_ROLES = new Set(['REGION_ADMIN', 'COUNTY_STAFF', 'SITE_STAFF']);

/** The frame of every signed-in page: who is signed in, bulk entry and administration for those who may, and the way out. */
export function Shell() {
  const { data } = useQuery(ME);
  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        <Link to="/" className="shell-title">
          易地扶贫搬迁工作调度系统
        </Link>
        <div className="shell-user">
          {data && (
            <Typography.Text className="shell-user-name">
              {data.me.username}
              <span className="shell-user-role">（{label('Role', data.me.role)}）</span>
            </Typography.Text>
          )}
          {data && IMPORTING_ROLES.has(data.me.role) && (
            <Link to="/imports">
              <Button icon={<UploadOutlined />} aria-label="批量导入">
                <span className="shell-manage-label">批量导入</span>
              </Button>
            </Link>
          )}
          {data?.me.role === 'REGION_ADMIN' && (
            <Link to="/manage">
              <Button icon={<SettingOutlined />} aria-label="系统管理">
                <span className="shell-manage-label">系统管理</span>
              </Button>
            </Link>
          )}
          <Button icon={<LogoutOutlined />} onClick={() => session.end()}>
            退出登录
          </Button>
        </div>
      </Layout.Header>
      <Layout.Content className="shell-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
