import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { Repository } from 'typeorm';
import { unauthenticated } from '@app/common';
import { Viewer } from '../scope/viewer';
import { User } from '../users/user.entity';

const MAX_FAILED_LOGINS = 5;
const LOCKOUT_MS = 15 * 60 * 1000;
const BAD_CREDENTIALS = 'Wrong username or password';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /**
   * Unknown users and wrong passwords get the same answer; after repeated failures the
   * account is locked for a while, and a locked account answers the same way too.
   */
  async login(username: string, password: string): Promise<{ token: string; user: User }> {
    const user = await this.users.findOne({ where: { username } });
    if (!user || !user.active) {
      await argon2.hash(password); // comparable work, so timing does not reveal which usernames exist
      throw unauthenticated(BAD_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) throw unauthenticated(BAD_CREDENTIALS);
    if (!(await argon2.verify(user.passwordHash, password))) {
      const failedLogins = user.failedLogins + 1;
      const lockedUntil = failedLogins >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCKOUT_MS) : null;
      await this.users.update(user.id, { failedLogins: lockedUntil ? 0 : failedLogins, lockedUntil });
      throw unauthenticated(BAD_CREDENTIALS);
    }
    if (user.failedLogins > 0 || user.lockedUntil) await this.users.update(user.id, { failedLogins: 0, lockedUntil: null });
    return { token: await this.jwt.signAsync({ sub: user.id }), user };
  }

  async viewerForToken(token: string): Promise<Viewer> {
    let userId: string;
    try {
      userId = (await this.jwt.verifyAsync<{ sub: string }>(token)).sub;
    } catch {
      throw unauthenticated('The token is invalid or expired: sign in again');
    }
    // Every request asks this, so only the four columns a viewer needs, without entity hydration.
    const [user] = await this.users.query<Pick<User, 'id' | 'username' | 'role' | 'jurisdiction'>[]>(
      `SELECT id, username, role, jurisdiction FROM app_user WHERE id = $1 AND active`,
      [userId],
    );
    if (!user) throw unauthenticated('The account no longer exists or is deactivated');
    return new Viewer(user.id, user.username, user.role, user.jurisdiction);
  }
}
