import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Grid, Input, List, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { CREATE_USER, DEACTIVATE_USER, UPDATE_USER, USERS } from '../../api/admin-queries';
import { errorMessage } from '../../api/errors';
import { showApiErrors } from '../../components/api-form-errors';
import { ENUM_LABELS } from '../../gql/enum-labels';
import type { Role, UsersQuery } from '../../gql/graphql';
import { label } from '../../format/labels';

type User = UsersQuery['users'][number];
interface Values {
  username: string;
  password?: string;
  role: Role;
  jurisdiction: string;
  email?: string;
}

const ROLE_OPTIONS = Object.entries(ENUM_LABELS.Role).map(([value, text]) => ({ value, label: text }));
const FORM_FIELDS = ['username', 'password', 'role', 'jurisdiction', 'email'];

/** 用户管理: the accounts of the jurisdiction; create, change role or jurisdiction, deactivate. */
export function UsersPanel({ self }: { self: string }) {
  const { message } = App.useApp();
  const narrow = !Grid.useBreakpoint().md;
  const { data, error, loading, refetch } = useQuery(USERS);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [deactivate] = useMutation(DEACTIVATE_USER);

  const stop = async (user: User) => {
    try {
      await deactivate({ variables: { id: user.id } });
      message.success(`已停用 ${user.username}`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const actions = (user: User) =>
    user.active && (
      <Space>
        <Button size="small" onClick={() => setEditing(user)}>
          修改
        </Button>
        {user.username !== self && (
          <Popconfirm title={`停用 ${user.username}？`} description="停用后该账号无法登录，已签发的令牌立即失效。" okText="停用" cancelText="取消" onConfirm={() => stop(user)}>
            <Button size="small" danger>
              停用
            </Button>
          </Popconfirm>
        )}
      </Space>
    );
  const state = (user: User) => (user.active ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>);

  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  const users = data?.users ?? [];
  return (
    <>
      <Space className="admin-toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新建用户
        </Button>
        <span>共 {users.length} 个账号</span>
      </Space>
      {narrow ? (
        <List
          loading={loading}
          dataSource={users}
          renderItem={(u) => (
            <List.Item actions={[actions(u)]}>
              <div>
                <strong>{u.username}</strong> {state(u)}
                <div className="problem-detail">
                  {label('Role', u.role)} · {u.jurisdiction}
                </div>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table<User>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={users}
          aria-label="用户表"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: '用户名', dataIndex: 'username' },
            { title: '角色', dataIndex: 'role', render: (r: Role) => label('Role', r) },
            { title: '管辖范围', dataIndex: 'jurisdiction' },
            { title: '电子邮箱', dataIndex: 'email', render: (e: string | null) => e ?? '—' },
            { title: '状态', key: 'active', render: (_, u) => state(u) },
            { title: '操作', key: 'actions', render: (_, u) => actions(u) },
          ]}
        />
      )}
      {editing && (
        <UserForm
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null);
            await refetch();
          }}
        />
      )}
    </>
  );
}

function UserForm({ user, onClose, onSaved }: { user: User | null; onClose: () => void; onSaved: () => Promise<unknown> }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [create, created] = useMutation(CREATE_USER);
  const [update, updated] = useMutation(UPDATE_USER);

  const save = async ({ username, password, role, jurisdiction, email }: Values) => {
    setFailure(undefined);
    try {
      if (user) {
        await update({ variables: { id: user.id, input: { role, jurisdiction, email: email || null, ...(password ? { password } : {}) } } });
      } else {
        await create({ variables: { input: { username, password: password ?? '', role, jurisdiction, email: email || null } } });
      }
      message.success(user ? `已保存 ${user.username}` : `已创建 ${username}`);
      await onSaved();
    } catch (error) {
      setFailure(showApiErrors(form, error, FORM_FIELDS));
    }
  };

  return (
    <Modal
      open
      title={user ? `修改用户 ${user.username}` : '新建用户'}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={created.loading || updated.loading}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon className="form-alert" title={failure} />}
      <Form<Values> form={form} layout="vertical" onFinish={save} initialValues={user ?? { role: 'COUNTY_STAFF' }}>
        <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请填写用户名' }]}>
          <Input disabled={Boolean(user)} autoComplete="off" />
        </Form.Item>
        <Form.Item label={user ? '新密码（不改则留空）' : '密码'} name="password" rules={user ? [] : [{ required: true, message: '请填写密码' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={ROLE_OPTIONS} />
        </Form.Item>
        <Form.Item
          label="管辖范围"
          name="jurisdiction"
          extra="自治区、设区市、县的区划代码（如 450123），安置点工作人员填安置点编号"
          rules={[{ required: true, message: '请填写管辖范围' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="电子邮箱" name="email">
          <Input type="email" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
