import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, InputNumber, Modal } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { UPDATE_HOUSEHOLD } from '../../api/queries';
import { errorCode } from '../../api/errors';
import { showApiErrors } from '../../components/api-form-errors';

export interface EditableHousehold {
  id: string;
  version: number;
  headName: string;
  beneficiaryCount: number;
  laborCount: number;
  housingArea: number;
  selfFunding: number;
  roomNumber: string | null;
}

type Values = Omit<EditableHousehold, 'id' | 'version'>;

/**
 * Edits the household's main facts. The API decides what is valid: its reasons appear next to
 * the fields it names. If someone else saved the household since it was read (CONFLICT), nothing
 * was written; the form says so and offers to reload the household.
 */
export function HouseholdEditor({ household, onReload }: { household: EditableHousehold; onReload: () => Promise<unknown> }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [form] = Form.useForm<Values>();
  const [update, { loading }] = useMutation(UPDATE_HOUSEHOLD);

  const start = () => {
    form.setFieldsValue(household);
    setConflict(false);
    setFailure(undefined);
    setOpen(true);
  };

  const save = async (values: Values) => {
    setFailure(undefined);
    try {
      await update({ variables: { id: household.id, version: household.version, input: { ...values, roomNumber: values.roomNumber || null } } });
      message.success('已保存');
      setOpen(false);
      await onReload();
    } catch (error) {
      const code = errorCode(error);
      if (code === 'CONFLICT') return setConflict(true);
      setFailure(showApiErrors(form, error, Object.keys(household)));
    }
  };

  const reload = async () => {
    await onReload();
    setOpen(false);
  };

  return (
    <>
      <Button icon={<EditOutlined />} onClick={start}>
        修改
      </Button>
      <Modal title="修改户信息" open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText="保存" confirmLoading={loading} destroyOnHidden>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            className="form-alert"
            title="该户已被他人修改，您的修改未保存。"
            description="请重新加载最新信息后再修改。"
            action={
              <Button size="small" type="primary" onClick={reload}>
                重新加载
              </Button>
            }
          />
        )}
        {failure && <Alert type="error" showIcon className="form-alert" title={failure} />}
        <Form<Values> form={form} layout="vertical" onFinish={save}>
          <Form.Item label="户主姓名" name="headName" rules={[{ required: true, message: '请填写户主姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="受益人口（人）" name="beneficiaryCount" rules={[{ required: true, message: '请填写受益人口' }]}>
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="劳动力（人）" name="laborCount" rules={[{ required: true, message: '请填写劳动力人数' }]}>
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="住房面积（㎡）" name="housingArea" rules={[{ required: true, message: '请填写住房面积' }]}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="自筹资金（元）" name="selfFunding" rules={[{ required: true, message: '请填写自筹资金' }]}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="房号" name="roomNumber">
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
