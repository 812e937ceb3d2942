import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { session } from '../auth/session';

/**
 * Sends the tab's token with every request. An answer saying the token is no longer good
 * (expired, or the user's password or role changed) ends the session: the console returns to
 * the sign-in page instead of showing empty platforms.
 */
async function authorisedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = session.token();
  if (token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(input, { ...init, headers });
  if (token && response.headers.get('content-type')?.includes('json')) {
    const body = (await response.clone().json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    if (body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) session.end();
  }
  return response;
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', fetch: authorisedFetch }),
    cache: new InMemoryCache({
      // Divisions are keyed by code, not id. A month's report has no id: the queries that read
      // different parts of one month (its downloads, its rows) must merge, not replace each other.
      typePolicies: {
        Division: { keyFields: ['code'] },
        MonthlyReport: { merge: true },
        IndicatorValue: { keyFields: false },
        ReportRow: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

/** Downloads a file route that needs the bearer token (workbooks, bulletins, evidence). */
export async function fetchWithToken(path: string): Promise<Response> {
  const token = session.token();
  return fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}
