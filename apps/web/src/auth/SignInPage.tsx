import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { session } from './session';
import { signIn } from './sign-in';

interface Credentials {
  username: string;
  password: string;
}

export function SignInPage() {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(undefined);
    const result = await signIn(username, password);
    setBusy(false);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    session.start(result.token);
    navigate('/', { replace: true });
  };

  return (
    <div className="sign-in">
      <Card className="sign-in-card">
        <Typography.Title level={3} className="sign-in-title">
          易地扶贫搬迁工作调度系统
        </Typography.Title>
        <Typography.Paragraph type="secondary">请使用本单位分配的账号登录</Typography.Paragraph>
        {error && <Alert type="error" role="alert" showIcon title={error} className="sign-in-error" />}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
