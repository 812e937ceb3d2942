import { CombinedGraphQLErrors } from '@apollo/client';

export interface ApiFieldError {
  field: string;
  reason: string;
}

/** The API's error codes (docs/API.md) as staff should read them. */
const MESSAGES: Record<string, string> = {
  NOT_FOUND: '该记录不存在，或不在您的管辖范围内，无权查看。',
  FORBIDDEN: '您的角色无权进行此操作。',
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  BAD_USER_INPUT: '填写的内容有误，请按提示修改。',
  CONFLICT: '该记录已被他人修改，请刷新后重试。',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后重试。',
  TOO_MANY_REQUESTS: '操作过于频繁，请稍后重试。',
  QUERY_TOO_COMPLEX: '查询范围过大，请缩小范围后重试。',
};

export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors.find((e) => e.extensions?.code)?.extensions?.code as string | undefined;
  return undefined;
}

export function errorMessage(error: unknown): string {
  const code = errorCode(error);
  if (code && MESSAGES[code]) return MESSAGES[code];
  if (CombinedGraphQLErrors.is(error)) return '请求未能完成，请稍后重试。';
  return '无法连接服务器，请检查网络后重试。';
}

export function chineseMessageFor(code: string | undefined): string | undefined {
  return code ? MESSAGES[code] : undefined;
}

/** The fields a BAD_USER_INPUT names, with the API's reason for each (docs/API.md). */
export function fieldProblems(error: unknown): ApiFieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return (error.errors[0]?.extensions?.fields ?? []) as ApiFieldError[];
}
