import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { IncomingMessage } from 'node:http';
import { AppConfig } from '@app/common';
import { Role, UserDirectory } from '@app/access';

export const DASHBOARD_PATH = '/admin/queues';
export const SESSION_COOKIE = 'queue_dashboard';
/** Short: the cookie only opens the dashboard for a look, and a deactivated admin loses it soon. */
export const SESSION_SECONDS = 15 * 60;
const AUDIENCE = 'queue-dashboard';

/**
 * The queue dashboard's browser session. A browser opening a page cannot send the bearer
 * token, so a region administrator's token buys a short-lived cookie: a JWT for this audience
 * only, signed with a key derived from JWT_SECRET (so it can never pass as a bearer token),
 * HttpOnly, SameSite=Strict (no other site can make the browser use it), limited to the
 * dashboard's path. Every dashboard request checks it and that the account is still an active
 * region administrator.
 */
@Injectable()
export class DashboardSession {
  private readonly key: Buffer;

  constructor(
    private readonly jwt: JwtService,
    private readonly users: UserDirectory,
    config: AppConfig,
  ) {
    // The API refuses to start without JWT_SECRET; this only keeps the type honest.
    if (!config.JWT_SECRET) throw new Error('JWT_SECRET is not set');
    this.key = createHmac('sha256', config.JWT_SECRET).update(AUDIENCE).digest();
  }

  issue(username: string): Promise<string> {
    return this.jwt.signAsync({ sub: username }, { secret: this.key, audience: AUDIENCE, expiresIn: SESSION_SECONDS, algorithm: 'HS256' });
  }

  cookie(token: string, secure: boolean): string {
    return `${SESSION_COOKIE}=${token}; Path=${DASHBOARD_PATH}; Max-Age=${SESSION_SECONDS}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  }

  clearedCookie(): string {
    return `${SESSION_COOKIE}=; Path=${DASHBOARD_PATH}; Max-Age=0; HttpOnly; SameSite=Strict`;
  }

  /** Whether the request carries a valid session of an active region administrator. */
  async admits(req: IncomingMessage): Promise<boolean> {
    const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
    if (!token) return false;
    let username: string;
    try {
      username = (await this.jwt.verifyAsync<{ sub: string }>(token, { secret: this.key, audience: AUDIENCE, algorithms: ['HS256'] })).sub;
    } catch {
      return false;
    }
    const user = await this.users.findActive(username);
    return user?.role === Role.REGION_ADMIN;
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
