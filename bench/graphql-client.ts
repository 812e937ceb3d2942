/** A minimal GraphQL-over-HTTP client: what a staff tool does, nothing the API could shortcut. */
export class GraphQLClient {
  private token: string | null = null;

  constructor(readonly url: string) {}

  get authorization(): string {
    if (!this.token) throw new Error('not logged in');
    return `Bearer ${this.token}`;
  }

  async login(username: string, password: string): Promise<void> {
    const data = await this.request<{ login: { token: string } }>(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password });
    this.token = data.login.token;
  }

  /** The data of a successful response; any GraphQL error is thrown with its message. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  }
}
