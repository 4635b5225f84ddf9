/** The product's name: a name, the same in every language. */
export const BEACON = 'Beacon';

/** The Beacon mark: a light with its beam. Decorative; the name always sits beside it. */
export function BeaconMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#f4b740" />
      <circle cx="16" cy="16" r="3.5" fill="#14213d" />
      <path
        d="M10.3 10.3a8 8 0 0 0 0 11.4M21.7 10.3a8 8 0 0 1 0 11.4"
        stroke="#14213d"
        strokeWidth="2.4"
        strokeLinecap="round"
        fill="none"
      />
      <path
        d="M6.8 6.8a13 13 0 0 0 0 18.4M25.2 6.8a13 13 0 0 1 0 18.4"
        stroke="#14213d"
        strokeWidth="2.4"
        strokeLinecap="round"
        fill="none"
        opacity="0.55"
      />
    </svg>
  );
}
