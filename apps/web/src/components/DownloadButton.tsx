import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { fetchWithToken } from '../api/client';

/**
 * A file behind the bearer token: it cannot be a plain link, so the button fetches it with the
 * tab's token and hands the browser the bytes under `fileName`.
 */
export function DownloadButton({ path, fileName, title, missing = '文件尚未生成，请稍后再试。' }: { path: string; fileName: string; title: string; missing?: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const response = await fetchWithToken(path);
      if (!response.ok) {
        message.error(response.status === 404 ? missing : response.status === 403 ? '您的角色无权下载该文件。' : '下载失败，请稍后重试。');
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      message.error('无法连接服务器，请检查网络后重试。');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={download}>
      {title}
    </Button>
  );
}
