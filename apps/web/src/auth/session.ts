/**
 * The bearer token lives for the tab only (sessionStorage): closing the tab signs out, and
 * nothing else about the user is ever written to browser storage.
 */
const TOKEN_KEY = 'relocation-console.token';
const ENDED_EVENT = 'relocation-console:session-ended';

export const session = {
  token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  start(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  /** Forgets the token and tells the app (which shows the sign-in page). */
  end(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    window.dispatchEvent(new Event(ENDED_EVENT));
  },
  onEnded(listener: () => void): () => void {
    window.addEventListener(ENDED_EVENT, listener);
    return () => window.removeEventListener(ENDED_EVENT, listener);
  },
};
