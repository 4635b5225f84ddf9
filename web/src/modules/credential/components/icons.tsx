/** Small state marks; always beside words that say the same, so they are hidden from assistive technology. */
export function CheckIcon() {
  return (
    <svg className="state-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="8" fill="currentColor" />
      <path d="M4.6 8.3l2.2 2.2 4.6-4.8" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" fill="none" />
    </svg>
  );
}

export function CrossIcon() {
  return (
    <svg className="state-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="8" fill="currentColor" />
      <path d="M5.4 5.4l5.2 5.2M10.6 5.4l-5.2 5.2" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" fill="none" />
    </svg>
  );
}

/** Not done yet: an open ring. */
export function OpenIcon() {
  return (
    <svg className="state-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" stroke="currentColor" strokeWidth="2" fill="none" />
    </svg>
  );
}

/** Could not be told: a ring with a question mark's dot. */
export function UnknownIcon() {
  return (
    <svg className="state-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" stroke="currentColor" strokeWidth="2" fill="none" />
      <circle cx="8" cy="8" r="1.8" fill="currentColor" />
    </svg>
  );
}
