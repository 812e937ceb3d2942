import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Progress, Result, Table, Tag } from 'antd';
import { errorMessage } from '../../api/errors';
import { DownloadButton } from '../../components/DownloadButton';
import { PageError, PageLoading } from '../../components/PageState';
import { label } from '../../format/labels';
import { COMMIT_IMPORT, IMPORT_RUN } from './import-operations';

const STATUS_COLOURS: Record<string, string> = { QUEUED: 'default', VALIDATING: 'processing', VALIDATED: 'success', FAILED: 'error', COMMITTED: 'success' };
const UNSETTLED = new Set(['QUEUED', 'VALIDATING']);

/**
 * One uploaded file as the worker judges it: progress while it reads, then either the problems
 * to fix (nothing was written) or what a commit will write, and the commit itself.
 */
export function ImportRunPanel({ id }: { id: string }) {
  const { message } = App.useApp();
  const { data, error, startPolling, stopPolling } = useQuery(IMPORT_RUN, { variables: { id } });
  const status = data?.importRun.status;
  // Asks again every second until the worker has judged the file.
  useEffect(() => {
    if (!status || !UNSETTLED.has(status)) return undefined;
    startPolling(1000);
    return stopPolling;
  }, [status, startPolling, stopPolling]);
  const [commit, committing] = useMutation(COMMIT_IMPORT, { refetchQueries: ['ImportRun', 'RecentImports'] });

  if (error) return <PageError error={error} />;
  if (!data) return <PageLoading />;
  const run = data.importRun;
  const { preview } = run;

  const onCommit = async () => {
    try {
      await commit({ variables: { id } });
      message.success('已全部写入');
    } catch (failure) {
      message.error(`提交失败，未写入任何数据：${errorMessage(failure)}`);
    }
  };

  return (
    <Card
      title={
        <span>
          {run.fileName}
          <Tag className="import-status" color={STATUS_COLOURS[run.status]}>
            {label('ImportStatus', run.status)}
          </Tag>
        </span>
      }
      extra={<span className="muted">上传人：{run.importedBy}</span>}
    >
      {UNSETTLED.has(run.status) && (
        <div aria-live="polite">
          <Progress percent={run.rowsTotal > 0 ? Math.floor((run.rowsDone / run.rowsTotal) * 100) : 0} status="active" />
          <p className="muted">正在逐行校验（已校验 {run.rowsDone} 行），请稍候……</p>
        </div>
      )}
      {run.status === 'FAILED' && (
        <>
          <Alert
            type="error"
            showIcon
            message={`发现 ${run.problems.length} 处问题，未写入任何数据`}
            description="请按下表修改后重新上传；也可下载标出问题单元格的问题清单，在其中直接修改后上传。"
            action={<DownloadButton path={`/imports/${run.id}/problems.xlsx`} fileName={`问题清单-${run.fileName.replace(/\.\w+$/, '')}.xlsx`} title="下载问题清单" />}
          />
          <Table
            className="import-problems"
            size="small"
            rowKey={(_, index) => String(index)}
            dataSource={run.problems}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: true }}
            columns={[
              { title: '工作表', dataIndex: 'sheet', render: (v: string | null) => v ?? '整个文件' },
              { title: '行号', dataIndex: 'row', render: (v: number | null) => v ?? '—' },
              { title: '列', dataIndex: 'column', render: (v: string | null) => v ?? '—' },
              { title: '填写的值', dataIndex: 'value', render: (v: string | null) => v ?? '' },
              { title: '问题', dataIndex: 'reason' },
            ]}
          />
        </>
      )}
      {run.status === 'VALIDATED' && (
        <>
          <Alert type="success" showIcon message={`全部 ${run.rowsValid} 行通过校验，尚未写入`} description="请核对下列将写入的数量，确认后提交；提交时全部写入或全部不写入，历史记录将记您为修改人。" />
          <PreviewFigures preview={preview} />
          <Popconfirm title="确认写入？" description="全部写入或全部不写入。" okText="写入" cancelText="取消" onConfirm={onCommit}>
            <Button type="primary" size="large" loading={committing.loading}>
              确认提交入库
            </Button>
          </Popconfirm>
        </>
      )}
      {run.status === 'COMMITTED' && (
        <Result status="success" title="已提交入库" subTitle="各户、各人的历史记录中可查看本次导入。">
          <PreviewFigures preview={preview} />
        </Result>
      )}
    </Card>
  );
}

function PreviewFigures({ preview }: { preview: { householdsCreated: number; householdsUpdated: number; personsCreated: number; personsUpdated: number } }) {
  return (
    <Descriptions className="import-preview" size="small" column={{ xs: 1, sm: 2, md: 4 }} bordered>
      <Descriptions.Item label="新增搬迁户">{preview.householdsCreated}</Descriptions.Item>
      <Descriptions.Item label="更新搬迁户">{preview.householdsUpdated}</Descriptions.Item>
      <Descriptions.Item label="新增人口">{preview.personsCreated}</Descriptions.Item>
      <Descriptions.Item label="更新人口">{preview.personsUpdated}</Descriptions.Item>
    </Descriptions>
  );
}
