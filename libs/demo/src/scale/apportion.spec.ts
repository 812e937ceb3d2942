import { apportion } from './apportion';

describe('apportion', () => {
  it('meets the total exactly, proportionally, with the minimum respected', () => {
    const parts = apportion(1000, [1, 2, 3, 4], 10);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(parts.every((p) => p >= 10)).toBe(true);
    expect(parts).toEqual([106, 202, 298, 394]);
  });

  it('refuses a minimum the total cannot give', () => {
    expect(() => apportion(5, [1, 1, 1], 2)).toThrow(RangeError);
  });
});
