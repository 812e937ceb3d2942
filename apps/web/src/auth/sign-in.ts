import { chineseMessageFor } from '../api/errors';

interface LoginAnswer {
  data?: { login: { token: string } } | null;
  errors?: Array<{ extensions?: { code?: string; retryAfter?: number; fields?: Array<{ field: string; reason: string }> } }>;
}

export type SignInResult = { token: string } | { error: string };

/** `login` as docs/API.md describes it, with each refusal in words a clerk understands. */
export async function signIn(username: string, password: string): Promise<SignInResult> {
  let answer: LoginAnswer;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation SignIn($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
        variables: { username, password },
      }),
    });
    answer = (await response.json()) as LoginAnswer;
  } catch {
    return { error: '无法连接服务器，请检查网络后重试。' };
  }
  if (answer.data?.login) return { token: answer.data.login.token };
  const extensions = answer.errors?.[0]?.extensions ?? {};
  switch (extensions.code) {
    case 'UNAUTHENTICATED':
      return { error: '用户名或密码不正确。' };
    case 'TOO_MANY_REQUESTS': {
      const minutes = Math.max(1, Math.ceil((extensions.retryAfter ?? 60) / 60));
      return { error: `登录失败次数过多，请 ${minutes} 分钟后再试。` };
    }
    default:
      return { error: chineseMessageFor(extensions.code) ?? '登录未能完成，请稍后重试。' };
  }
}
