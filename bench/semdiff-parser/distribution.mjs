/** Order statistics over a list of timings; shared by the semdiff benchmarks. */

/** The q-quantile (0..1) by the nearest-rank method; undefined for an empty list. */
export function quantile(values, q) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

/** Sum of the values. */
export function total(values) {
  return values.reduce((sum, value) => sum + value, 0);
}

/** `{ p50, p95, total, count }` of a list of timings. */
export function summarize(values) {
  return { p50: quantile(values, 0.5), p95: quantile(values, 0.95), total: total(values), count: values.length };
}
