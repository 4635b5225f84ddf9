/** A share of something done (progress, attendance) as a bar; the number is always written beside it. */
export function Meter({ label, percent, tone = 'accent' }: { label: string; percent: number; tone?: 'accent' | 'success' | 'warning' }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      className={`meter meter-${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
    >
      <div className="meter-fill" style={{ width: `${value}%` }} />
    </div>
  );
}
