import DataLoader from 'dataloader';

/**
 * Loaders kept per request object, so the app's GraphQL context needs no knowledge of this
 * lib; a new request gets new loaders (no cache shared between callers).
 */
export abstract class PerRequestLoaders<T> {
  private readonly byRequest = new WeakMap<object, T>();

  forRequest(request: object): T {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = this.create();
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  protected abstract create(): T;
}

/** A loader of the children of many parents in one query: `fetch` returns them all, `parentOf` sorts them out. */
export function childrenLoader<V>(fetch: (parentIds: readonly string[]) => Promise<V[]>, parentOf: (row: V) => string): DataLoader<string, V[]> {
  return new DataLoader(async (parentIds) => {
    const byParent = new Map<string, V[]>(parentIds.map((id) => [id, []]));
    for (const row of await fetch(parentIds)) byParent.get(parentOf(row))?.push(row);
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
