import { Button, Result, Skeleton } from 'antd';
import { Link } from 'react-router';
import { errorCode, errorMessage } from '../api/errors';

/** A placeholder of the page's height, so the page does not jump when figures arrive. */
export function PageLoading() {
  return (
    <div className="page-loading" aria-busy="true" aria-label="正在加载">
      <Skeleton active paragraph={{ rows: 8 }} />
    </div>
  );
}

/**
 * The page could not be shown. Outside one's jurisdiction the API answers as if the record did
 * not exist; the console says so plainly instead of showing an empty platform.
 */
export function PageError({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  const code = error === undefined ? 'NOT_FOUND' : errorCode(error);
  const refused = code === 'NOT_FOUND' || code === 'FORBIDDEN';
  return (
    <Result
      status={refused ? '403' : 'error'}
      title={refused ? '无权查看' : '加载失败'}
      subTitle={error === undefined ? '该记录不存在，或不在您的管辖范围内，无权查看。' : errorMessage(error)}
      extra={
        refused ? (
          <Link to="/">
            <Button type="primary">返回本单位平台</Button>
          </Link>
        ) : (
          onRetry && (
            <Button type="primary" onClick={onRetry}>
              重试
            </Button>
          )
        )
      }
    />
  );
}
