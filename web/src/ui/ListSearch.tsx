/**
 * A search box over a paged list (a name or an email): a `search` landmark named by `region`,
 * the field labelled by `label` (also its placeholder). The caller resets its page on change.
 */
export function ListSearch({
  id,
  label,
  region,
  value,
  onChange,
}: {
  id: string;
  label: string;
  region: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="search-row" role="search" aria-label={region}>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input id={id} type="search" placeholder={label} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
