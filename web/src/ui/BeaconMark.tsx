/** The Beacon mark: a light with its beam. Decorative; the name always sits beside it. */
export function BeaconMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="#f4b740" />
      <path d="M16 16 L31 9 A15 15 0 0 1 31 23 Z" fill="#fff3d1" />
      <circle cx="16" cy="16" r="5.5" fill="#14213d" />
      <circle cx="16" cy="16" r="2.5" fill="#f4b740" />
    </svg>
  );
}
