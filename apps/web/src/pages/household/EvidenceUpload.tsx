import { useState } from 'react';
import { App, Select, Space } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { session } from '../../auth/session';
import { FilePickerButton } from '../../components/FilePickerButton';
import { label } from '../../format/labels';

/** Evidence a household's claims rest on (the rest are a site's or a person's). */
const HOUSEHOLD_KINDS = ['MOVE_IN_PHOTO', 'DEMOLITION_RECLAMATION_PHOTO', 'DUAL_CONFIRMATION_FORM', 'SELF_FUNDING_RECEIPT', 'RELOCATION_APPROVAL_FORM', 'OTHER'] as const;

/** `POST /evidence` refusals (docs/API.md, Files) as staff should read them. */
function refusal(status: number, body: { fields?: Array<{ field: string; reason: string }> } | null): string {
  switch (status) {
    case 401:
      return '登录已失效，请重新登录。';
    case 403:
      return '您的角色无权上传佐证材料。';
    case 404:
      return '该户不存在，或不在您的管辖范围内。';
    case 408:
      return '上传超时，请检查网络后重试。';
    case 413:
      return '文件过大，请压缩后再上传。';
    case 415:
      return '只能上传 JPG、PNG 照片或 PDF 文件。';
    case 503:
      return '服务暂时不可用，请稍后重试。';
    default:
      return body?.fields?.length ? `文件无法识别：${body.fields.map((f) => f.reason).join('；')}` : '上传失败，请稍后重试。';
  }
}

/**
 * Uploads a file for the household; on a phone the file picker offers the camera. The claims
 * and figures it backs are the API's to decide: the page reloads them afterwards.
 */
export function EvidenceUpload({ householdId, onUploaded }: { householdId: string; onUploaded: () => void }) {
  const { message } = App.useApp();
  const [kind, setKind] = useState<string>('MOVE_IN_PHOTO');
  const [busy, setBusy] = useState(false);

  const send = async (file: File) => {
    const form = new FormData();
    form.append('subjectType', 'HOUSEHOLD');
    form.append('subjectId', householdId);
    form.append('kind', kind);
    form.append('file', file);
    setBusy(true);
    try {
      const response = await fetch('/evidence', { method: 'POST', headers: { authorization: `Bearer ${session.token() ?? ''}` }, body: form });
      if (response.ok) {
        message.success(`已上传${label('EvidenceKind', kind)}`);
        onUploaded();
      } else {
        message.error(refusal(response.status, await response.json().catch(() => null)));
      }
    } catch {
      message.error('无法连接服务器，请检查网络后重试。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space wrap className="evidence-upload">
      <Select aria-label="材料类型" value={kind} onChange={setKind} options={HOUSEHOLD_KINDS.map((k) => ({ value: k, label: label('EvidenceKind', k) }))} style={{ minWidth: 160 }} />
      <FilePickerButton accept="image/jpeg,image/png,application/pdf" inputLabel="选择文件" icon={<CameraOutlined />} busy={busy} large onFile={(file) => void send(file)}>
        上传佐证材料
      </FilePickerButton>
    </Space>
  );
}
