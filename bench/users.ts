import * as argon2 from 'argon2';
import { Client } from 'pg';

/** An account of the bench's own (created, or its password reset and its old tokens revoked). */
export async function ensureBenchUser(db: Client, username: string, password: string, role: string, jurisdiction: string): Promise<void> {
  const hash = await argon2.hash(password, { type: argon2.argon2id });
  await db.query(
    `INSERT INTO app_user (username, email, password_hash, role, jurisdiction) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, jurisdiction = EXCLUDED.jurisdiction,
       active = true, token_version = app_user.token_version + 1`,
    [username, `${username}@example.org`, hash, role, jurisdiction],
  );
}
