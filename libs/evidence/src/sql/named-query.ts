import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs hand-written SQL with `:name` parameters, the form the access scope helpers produce
 * (`viewer.siteScopeSql`, `siteWithinDivisionSql`), through TypeORM's own parameter escaping.
 */
export function namedQuery<T>(runner: DataSource | EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const driver = runner instanceof DataSource ? runner.driver : runner.connection.driver;
  const [text, values] = driver.escapeQueryWithParameters(sql, params, {});
  return runner.query(text, values);
}
