import type { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** Plain SQL on one connection: what set-based code needs, whoever opened the connection. */
export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Plain SQL, and a transaction to run several statements in. */
export interface SqlDatabase extends SqlSession {
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
}

/** The application's DataSource (its pool and session settings) as a SqlDatabase. */
export function dataSourceDatabase(dataSource: DataSource): SqlDatabase {
  return {
    query: (sql, params) => dataSource.query(sql, params),
    transaction: (work) => dataSource.transaction((manager) => work({ query: (sql, params) => manager.query(sql, params) })),
  };
}

/** One pg connection (scripts such as the dataset generator) as a SqlDatabase. */
export function clientDatabase(client: Client): SqlDatabase {
  const session: SqlSession = {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
  };
  return {
    ...session,
    transaction: async (work) => {
      await client.query('BEGIN');
      try {
        const result = await work(session);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
}
