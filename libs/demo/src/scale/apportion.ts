/**
 * Splits `total` into integers proportional to `weights`, each at least `minimum`, summing to
 * exactly `total` (largest remainders get the leftover units), so the generated dataset hits
 * its household and site targets exactly rather than approximately.
 */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  if (weights.length === 0) return [];
  const free = total - minimum * weights.length;
  if (free < 0) throw new RangeError(`cannot give ${weights.length} parts at least ${minimum} each out of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new RangeError('apportion needs a positive total weight');
  const exact = weights.map((w) => (w / sum) * free);
  const parts = exact.map(Math.floor);
  const leftover = free - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; i < leftover; i++) parts[byRemainder[i].index]++;
  return parts.map((part) => part + minimum);
}
