import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize } from './cursor';

describe('cursors', () => {
  it('round-trips a keyset position, including Chinese sort keys', () => {
    const position = { key: '隆安-01', id: '5b1f0c3e-0000-4000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['', 'bm9wZQ', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')])(
    'rejects %p as bad input on the after argument',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(DomainError);
      try {
        decodeCursor(cursor);
      } catch (error) {
        expect((error as DomainError).fields).toEqual([{ field: 'after', reason: 'is not a cursor returned by this API' }]);
      }
    },
  );

  it('bounds page sizes', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    expect(() => pageSize(MAX_PAGE_SIZE + 1)).toThrow(DomainError);
    expect(() => pageSize(-1)).toThrow(DomainError);
  });
});
