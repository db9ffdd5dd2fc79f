/**
 * The p-th percentile (nearest rank) of a list of figures, in any order; NaN for an empty list.
 * Every benchmark reports with this one, so that their p95s mean the same thing.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
