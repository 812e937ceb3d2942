import { copyField, copyLine } from './copy-text';

describe('COPY text format', () => {
  it('writes NULL, booleans, numbers and escapes the characters that would end a field or line', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(12.5)).toBe('12.5');
    expect(copyField('a\tb\nc\\d')).toBe('a\\tb\\nc\\\\d');
  });

  it('writes arrays as literals with quoted elements', () => {
    expect(copyField(['就医', 'a "b"', 'c,d'])).toBe('{"就医","a \\\\"b\\\\"","c,d"}');
    expect(copyField([])).toBe('{}');
  });

  it('takes the columns in the order given', () => {
    expect(copyLine({ b: 2, a: 'x' }, ['a', 'b'])).toBe('x\t2\n');
  });
});
