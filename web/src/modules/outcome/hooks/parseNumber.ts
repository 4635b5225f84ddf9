/** a number as people type it: 1200, -3, 12.5 or 12,5 */
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** "12,5" → 12.5; empty → null; not a number → undefined. */
export function parseNumber(text: string): number | null | undefined {
  const s = text.trim();
  if (!s) return null;
  if (!NUMBER.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}
