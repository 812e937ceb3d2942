/** The q-quantile (0–1) of the samples, nearest-rank: the value a fraction q of the samples do not exceed. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
