// Small statistics and formatting helpers shared by the harness and its workers.

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function sum(xs) {
  return xs.reduce((a, b) => a + b, 0);
}

export const MB = 1 << 20;

/** A duration in ms, with a unit and precision that suit its size. */
export function ms(x) {
  if (x == null || Number.isNaN(x)) return "–";
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  if (x >= 1) return `${x.toFixed(2)} ms`;
  return `${x.toFixed(3)} ms`;
}

/** A number with about three significant digits. */
export function num(x) {
  if (x == null || Number.isNaN(x)) return "–";
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
