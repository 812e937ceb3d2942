import type { Pool } from 'pg';
import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * How many statement texts get a name. The texts follow from the fields a client selects and
 * the filters it sets, so without a bound a client could make every pooled connection keep a
 * plan per combination it invents; texts past the bound run unnamed, as before.
 */
const MAX_NAMED_STATEMENTS = 256;

/**
 * Names for statement texts, one per text for the process's life. A name must always stand for
 * the same text: a connection that has prepared it reuses that plan for whatever it is sent.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly limit = MAX_NAMED_STATEMENTS) {}

  /** The text's name, or undefined once the bound is reached for a text not named before. */
  nameFor(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= this.limit) return known;
    const name = `read_${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }
}

const processNames = new StatementNames();

/**
 * A built read's plain rows, as a named prepared statement. Sent unnamed, a page's statement was
 * parsed and planned again on every request, about a quarter of what PostgreSQL spent on a
 * households page (1.25–1.39 → 0.92–1.00 ms of its CPU a request); named, each pooled connection
 * plans it once. Inside a transaction (the builder has a query runner) it runs there, through
 * TypeORM. PostgreSQL re-plans a prepared statement after DDL by itself, but refuses one whose
 * result columns changed type: a process started before such a migration fails that read until
 * it is replaced, which a release does right after migrating (README, Operations).
 */
export async function preparedRawRows<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, names: StatementNames = processNames): Promise<Record<string, unknown>[]> {
  // TypeORM keeps the runner a builder was made with protected; one bound means a transaction.
  if ((query as unknown as { queryRunner?: QueryRunner }).queryRunner) return query.getRawMany();
  const [text, values] = query.getQueryAndParameters();
  const pool = (query.connection.driver as PostgresDriver).master as Pool;
  const result = await pool.query<Record<string, unknown>>({ name: names.nameFor(text), text, values });
  return result.rows;
}
