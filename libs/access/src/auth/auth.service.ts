import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import { lazily, unauthenticated } from '@app/common';
import { Viewer } from '../scope/viewer';
import { User } from '../users/user.entity';
import { LoginThrottle } from './login-throttle';
import type { AuthenticatedRequest } from './request-context';
import { ViewerCache } from './viewer-cache';

const BAD_CREDENTIALS = 'Wrong username or password';
const BAD_TOKEN = 'The token is invalid or expired: sign in again';

interface TokenClaims {
  sub: string;
  /** The account's token version when the token was issued. */
  ver: number;
  exp: number;
}

const isTokenClaims = (claims: unknown): claims is TokenClaims => {
  const { sub, ver, exp } = claims as Partial<TokenClaims>;
  return typeof sub === 'string' && Number.isInteger(ver) && typeof exp === 'number';
};

@Injectable()
export class AuthService {
  // Verified against when the username is unknown or inactive, so every failure costs the same.
  private readonly dummyHash = lazily(() => AuthService.hashPassword(randomBytes(16).toString('hex')));

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly viewers: ViewerCache,
  ) {}

  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /**
   * An unknown user, an inactive one and a wrong password get the same answer after the same
   * work (one argon2 verification). Failures are counted per client address (LoginThrottle):
   * an address over its limit gets TOO_MANY_REQUESTS before anything is looked up, whether the
   * username exists or not; the account itself is never locked.
   */
  async login(username: string, password: string, clientAddress: string): Promise<{ token: string; user: User }> {
    await this.throttle.assertAllowed(clientAddress, username);
    const user = await this.users.findOne({ where: { username } });
    const usable = user !== null && user.active;
    const matches = await argon2.verify(usable ? user.passwordHash : await this.dummyHash, password);
    if (!usable || !matches) {
      await this.throttle.recordFailure(clientAddress, username);
      throw unauthenticated(BAD_CREDENTIALS);
    }
    await this.throttle.recordSuccess(clientAddress, username);
    return { token: await this.jwt.signAsync({ sub: user.id, ver: user.tokenVersion }), user };
  }

  /** The caller of a request: its bearer token checked once, the viewer kept on the request. */
  async authenticate(request: AuthenticatedRequest): Promise<Viewer> {
    if (request.viewer) return request.viewer;
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticated();
    request.viewer = await this.viewerForToken(token);
    return request.viewer;
  }

  /** The caller if the request carries a valid token, otherwise null. */
  signedInViewer(request: Request): Promise<Viewer | null> {
    return this.authenticate(request).catch(() => null);
  }

  /**
   * Every token expires, and is worth only as long as its account is active with the same token
   * version: changing a password, role or jurisdiction, or deactivating, retires earlier tokens.
   */
  async viewerForToken(token: string): Promise<Viewer> {
    const cached = this.viewers.get(token);
    if (cached) return cached;
    let claims: unknown;
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch {
      throw unauthenticated(BAD_TOKEN);
    }
    if (!isTokenClaims(claims)) throw unauthenticated(BAD_TOKEN);
    const generation = this.viewers.generation(claims.sub);
    // Only the four columns a viewer needs, without entity hydration; the version is checked in
    // the same statement.
    const [user] = await this.users.query<Pick<User, 'id' | 'username' | 'role' | 'jurisdiction'>[]>(
      `SELECT id, username, role, jurisdiction FROM app_user WHERE id = $1 AND active AND token_version = $2`,
      [claims.sub, claims.ver],
    );
    if (!user) throw unauthenticated('The token is no longer valid (the account changed or was deactivated): sign in again');
    const viewer = new Viewer(user.id, user.username, user.role, user.jurisdiction);
    this.viewers.set(token, viewer, claims.exp * 1000, generation);
    return viewer;
  }
}
