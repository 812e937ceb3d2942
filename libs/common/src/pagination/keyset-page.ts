import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection } from './connection';
import { decodeCursor, encodeCursor, pageSize } from './cursor';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * One page of a query ordered by (sortColumn, id), ascending unless `descending`, plus the
 * total count of the same filter.
 * Keyset rather than OFFSET so deep pages cost the same as the first one.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sort: { column: string; key: (row: T) => string; idColumn: string; descending?: boolean },
  args: PageArgs,
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  const totalCount = await query.clone().getCount();
  const direction = sort.descending ? 'DESC' : 'ASC';
  const page = query.clone().orderBy(sort.column, direction).addOrderBy(sort.idColumn, direction).limit(limit + 1);
  if (args.after) {
    const position = decodeCursor(args.after);
    page.andWhere(`(${sort.column}, ${sort.idColumn}) ${sort.descending ? '<' : '>'} (:afterKey, :afterId)`, {
      afterKey: position.key,
      afterId: position.id,
    });
  }
  const rows = limit === 0 ? [] : await page.getMany();
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor({ key: sort.key(node), id: String(node.id) }) }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
