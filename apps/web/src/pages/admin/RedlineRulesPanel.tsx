import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Descriptions, Form, InputNumber, Modal, Select, Space, Switch, Tag } from 'antd';
import { REDLINE_RULES, UPDATE_REDLINE_RULE } from '../../api/admin-queries';
import { errorCode, errorMessage } from '../../api/errors';
import { showApiErrors } from '../../components/api-form-errors';
import { ENUM_LABELS } from '../../gql/enum-labels';
import type { HouseholdType, RedlineRulesQuery } from '../../gql/graphql';
import { label } from '../../format/labels';

type Rule = RedlineRulesQuery['redlineRules'][number];
interface Values {
  threshold: number;
  householdTypes: HouseholdType[];
  enabled: boolean;
}

const TYPE_OPTIONS = Object.entries(ENUM_LABELS.HouseholdType).map(([value, text]) => ({ value, label: text }));
const at = (instant: string) => new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' });

/** 政策红线规则: each rule's line, the household types it applies to, and whether it is on. */
export function RedlineRulesPanel() {
  const { data, error, loading, refetch } = useQuery(REDLINE_RULES);
  const [editing, setEditing] = useState<Rule | null>(null);
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  return (
    <Space orientation="vertical" className="admin-rules" style={{ width: '100%' }}>
      {(data?.redlineRules ?? []).map((rule) => (
        <Card
          key={rule.rule}
          size="small"
          loading={loading}
          title={rule.label}
          className="redline-rule"
          extra={
            <Button size="small" onClick={() => setEditing(rule)}>
              修改
            </Button>
          }
        >
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label="红线">
              {rule.threshold.toLocaleString('zh-CN')} {rule.unit}
            </Descriptions.Item>
            <Descriptions.Item label="状态">{rule.enabled ? <Tag color="red">启用</Tag> : <Tag>停用</Tag>}</Descriptions.Item>
            <Descriptions.Item label="计算方法">{rule.formula}</Descriptions.Item>
            <Descriptions.Item label="适用户类型">{rule.householdTypes.map((t) => label('HouseholdType', t)).join('、')}</Descriptions.Item>
            <Descriptions.Item label="最后修改">
              {rule.updatedBy}，{at(rule.updatedAt)}（第 {rule.version} 版）
            </Descriptions.Item>
          </Descriptions>
        </Card>
      ))}
      {editing && <RuleForm rule={editing} onClose={() => setEditing(null)} onReload={() => refetch()} />}
    </Space>
  );
}

/**
 * Saves with the version the administrator read: if someone else changed the rule since, the API
 * answers CONFLICT, nothing is written, and the form offers to reload the rule.
 */
function RuleForm({ rule, onClose, onReload }: { rule: Rule; onClose: () => void; onReload: () => Promise<unknown> }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [update, { loading }] = useMutation(UPDATE_REDLINE_RULE);

  const save = async (values: Values) => {
    setFailure(undefined);
    setConflict(false);
    try {
      await update({ variables: { rule: rule.rule, version: rule.version, ...values } });
      message.success(`已保存：${rule.label}，所有搬迁户已按新规则重新核查`);
      onClose();
      await onReload();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') return setConflict(true);
      setFailure(showApiErrors(form, error, ['threshold', 'householdTypes', 'enabled']));
    }
  };

  const reload = async () => {
    await onReload();
    onClose();
  };

  return (
    <Modal open title={`修改红线规则：${rule.label}`} okText="保存" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} confirmLoading={loading} destroyOnHidden>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title="该规则已被他人修改，您的修改未保存。"
          description="请重新加载最新规则后再修改。"
          action={
            <Button size="small" type="primary" onClick={reload}>
              重新加载
            </Button>
          }
        />
      )}
      {failure && <Alert type="error" showIcon className="form-alert" title={failure} />}
      <Form<Values> form={form} layout="vertical" onFinish={save} initialValues={{ threshold: rule.threshold, householdTypes: rule.householdTypes, enabled: rule.enabled }}>
        <Form.Item label={`红线（${rule.unit}）`} name="threshold" rules={[{ required: true, message: '请填写红线' }]}>
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="适用户类型" name="householdTypes">
          <Select mode="multiple" options={TYPE_OPTIONS} />
        </Form.Item>
        <Form.Item label="启用" name="enabled" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
