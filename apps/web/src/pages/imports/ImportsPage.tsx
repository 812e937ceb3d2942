import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { App, Card, Space, Table, Tag, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { ME } from '../../api/queries';
import { session } from '../../auth/session';
import { DownloadButton } from '../../components/DownloadButton';
import { FilePickerButton } from '../../components/FilePickerButton';
import { label } from '../../format/labels';
import { RECENT_IMPORTS } from './import-operations';
import { ImportRunPanel } from './ImportRunPanel';

const DIVISION_CODE = /^\d{6}$/;

/** `POST /imports` refusals (docs/API.md, Imports) as a clerk should read them. */
function refusal(status: number, body: { fields?: Array<{ reason: string }> } | null): string {
  const reasons = body?.fields?.map((f) => f.reason).join('；');
  switch (status) {
    case 401:
      return '登录已失效，请重新登录。';
    case 403:
      return '您的角色不能导入数据（由县级工作人员或安置点工作人员导入）。';
    case 413:
      return '文件过大，请按乡镇分成几个文件上传。';
    case 503:
      return '服务暂时不可用，请稍后重试。';
    default:
      return reasons ? `文件无法导入：${reasons}` : '上传失败，请稍后重试。';
  }
}

/**
 * The clerk's path in one page: the template, the upload, and each upload's outcome (problems to
 * fix, or what a commit writes); earlier imports of the unit below.
 */
export default function ImportsPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const me = useQuery(ME).data?.me;

  const send = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    setBusy(true);
    try {
      const response = await fetch('/imports', { method: 'POST', headers: { authorization: `Bearer ${session.token() ?? ''}` }, body: form });
      const body = await response.json().catch(() => null);
      if (response.status === 202 && body?.id) navigate(`/imports/${body.id}`);
      else message.error(refusal(response.status, body));
    } catch {
      message.error('无法连接服务器，请检查网络后重试。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="imports-page">
      <Typography.Title level={2}>批量导入搬迁户和搬迁人口</Typography.Title>
      <Card className="imports-steps">
        <ol className="imports-path">
          <li>
            <Space wrap>
              <span>下载导入模板（搬迁户、搬迁人口两张表，带填写说明和下拉选项）</span>
              <DownloadButton path="/imports/templates/households.xlsx" fileName="搬迁户和搬迁人口导入模板.xlsx" title="下载模板" />
            </Space>
          </li>
          <li>按模板填写：搬迁户以“安置点编码”归属安置点，搬迁人口以“户编码”归属搬迁户；带 * 的列必填。</li>
          <li>
            <Space wrap>
              <span>上传填好的 Excel（.xlsx）或 CSV 文件，系统逐行校验，校验期间不写入任何数据</span>
              <FilePickerButton
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                inputLabel="选择导入文件"
                icon={<UploadOutlined />}
                busy={busy}
                onFile={(file) => void send(file)}
              >
                上传文件
              </FilePickerButton>
            </Space>
          </li>
          <li>有问题的，按问题清单修改后重新上传；全部通过后核对数量，确认提交入库。</li>
        </ol>
      </Card>
      {id && <ImportRunPanel id={id} />}
      {me && DIVISION_CODE.test(me.jurisdiction) && <RecentImports divisionCode={me.jurisdiction} current={id} />}
    </div>
  );
}

function RecentImports({ divisionCode, current }: { divisionCode: string; current?: string }) {
  const { data } = useQuery(RECENT_IMPORTS, { variables: { divisionCode } });
  if (!data || data.imports.length === 0) return null;
  return (
    <Card title="近期导入" className="imports-recent">
      <Table
        size="small"
        rowKey="id"
        dataSource={data.imports}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: true }}
        rowClassName={(run) => (run.id === current ? 'row-current' : '')}
        columns={[
          { title: '文件', dataIndex: 'fileName', render: (name: string, run) => <Link to={`/imports/${run.id}`}>{name}</Link> },
          { title: '状态', dataIndex: 'status', render: (status: string) => <Tag>{label('ImportStatus', status)}</Tag> },
          { title: '行数', dataIndex: 'rowsTotal' },
          { title: '上传人', dataIndex: 'importedBy' },
          { title: '上传时间', dataIndex: 'createdAt', render: (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false }) },
        ]}
      />
    </Card>
  );
}
