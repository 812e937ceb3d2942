import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection, Edge, lazily } from './connection';
import { decodeCursor, encodeCursor, pageSize } from './cursor';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** The entity properties to load for each row, or null for all of them. */
export type Properties = readonly string[] | null;

/** Reads rows into entities without TypeORM's hydration (EntityRows in libs/db). */
export interface RowReader<T> {
  selectList(alias: string, properties: Properties): string;
  /** Runs the built page query for its plain rows. */
  rawRows<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): Promise<Record<string, unknown>[]>;
  hydrate(rows: readonly Record<string, unknown>[], properties: Properties): T[];
}

/**
 * One page of a query ordered by (sortColumn, id), ascending unless `descending`, plus the
 * total count of the same filter, counted only if the client asks for it.
 * Keyset rather than OFFSET so deep pages cost the same as the first one.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sort: { column: string; key: (row: T) => string; idColumn: string; descending?: boolean },
  args: PageArgs,
  load: { properties: Properties; rows: RowReader<T> } | null = null,
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  const counting = query.clone();
  const direction = sort.descending ? 'DESC' : 'ASC';
  const page = query.clone().orderBy(sort.column, direction).addOrderBy(sort.idColumn, direction).limit(limit + 1);
  if (args.after) {
    const position = decodeCursor(args.after);
    page.andWhere(`(${sort.column}, ${sort.idColumn}) ${sort.descending ? '<' : '>'} (:afterKey, :afterId)`, {
      afterKey: position.key,
      afterId: position.id,
    });
  }
  const rows = limit === 0 ? [] : load ? load.rows.hydrate(await load.rows.rawRows(page.select(load.rows.selectList(query.alias, load.properties))), load.properties) : await page.getMany();
  const nodes = rows.slice(0, limit);
  const cursorOf = (node: T) => encodeCursor({ key: sort.key(node), id: String(node.id) });
  // Edges only when read: most pages ask for `nodes`, and a cursor per row is work for nothing.
  let edges: Edge<T>[] | undefined;
  const last = nodes.at(-1);
  return {
    get edges() {
      return (edges ??= nodes.map((node) => ({ node, cursor: cursorOf(node) })));
    },
    nodes,
    totalCount: lazily(() => counting.getCount()),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last === undefined ? null : cursorOf(last) },
  };
}
