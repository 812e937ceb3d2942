import { RecordIds } from './record-ids';

describe('RecordIds', () => {
  it('gives distinct version-4 UUIDs, the same for the same seed', () => {
    const ids = new RecordIds(7);
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(ids.next());
    expect(seen.size).toBe(200_000);
    const again = new RecordIds(7);
    const first = again.next();
    expect(seen.has(first)).toBe(true);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new RecordIds(8).next()).not.toBe(first);
  });
});
