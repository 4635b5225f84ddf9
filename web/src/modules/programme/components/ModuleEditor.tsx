import type { ContentItemInput, ContentKind, ProgrammeModuleInput } from '../../../gql/graphql';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { CONTENT_KINDS, KIND_LABEL, needsUrl, newItem } from '../hooks/definition';

/** One week of the draft: title, summary and its content items (add, remove, reorder). The assignment is kept as it is. */
export function ModuleEditor({ module: m, onChange, onRemove }: { module: ProgrammeModuleInput; onChange: (m: ProgrammeModuleInput) => void; onRemove?: () => void }) {
  const items = m.contentItems;
  const setItems = (contentItems: ContentItemInput[]) => onChange({ ...m, contentItems });
  const move = (i: number, by: -1 | 1) => {
    const next = [...items];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    setItems(next);
    setTimeout(() => document.getElementById(`item-${m.week}-${i + by}-${by < 0 ? 'up' : 'down'}`)?.focus());
  };
  return (
    <fieldset className="editor-week">
      <legend>Week {m.week}</legend>
      <div className="form-grid">
        <TextField label={`Week ${m.week} title`} required maxLength={200} value={m.title} onChange={(e) => onChange({ ...m, title: e.target.value })} />
        <TextAreaField label={`Week ${m.week} summary`} rows={2} maxLength={4000} value={m.summary ?? ''} onChange={(e) => onChange({ ...m, summary: e.target.value })} />
      </div>
      <h3 className="section-title">Content items</h3>
      <ol className="editor-items" aria-label={`Content of week ${m.week}`}>
        {items.map((item, i) => {
          const label = `Week ${m.week} item ${i + 1}`;
          const hidden = <span className="visually-hidden">{label} </span>;
          const set = (patch: Partial<ContentItemInput>) => setItems(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <li key={item.id ?? `new-${i}`} className="editor-item">
              <div className="editor-item-grid">
                <SelectField label={<>{hidden}Kind</>} value={item.kind} onChange={(e) => set({ kind: e.target.value as ContentKind })}>
                  {CONTENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {KIND_LABEL[k]}
                    </option>
                  ))}
                </SelectField>
                <TextField label={<>{hidden}Title</>} required maxLength={200} value={item.title} onChange={(e) => set({ title: e.target.value })} className="editor-item-title" />
                <TextField label={<>{hidden}Minutes</>} type="number" min={1} max={600} required value={String(item.minutes)} onChange={(e) => set({ minutes: Number(e.target.value) || 0 })} />
                {needsUrl(item.kind) ? (
                  <TextField label={<>{hidden}URL</>} type="url" required placeholder="https://" value={item.url ?? ''} onChange={(e) => set({ url: e.target.value })} className="span-all" />
                ) : (
                  <TextAreaField label={<>{hidden}Text</>} hint="Plain text; a blank line starts a new paragraph." rows={3} value={item.body ?? ''} onChange={(e) => set({ body: e.target.value })} className="span-all" />
                )}
              </div>
              <div className="editor-item-actions">
                <button id={`item-${m.week}-${i}-up`} type="button" className="button button-secondary button-small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${label} up`}>
                  Move up
                </button>
                <button id={`item-${m.week}-${i}-down`} type="button" className="button button-secondary button-small" disabled={i === items.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${label} down`}>
                  Move down
                </button>
                <button type="button" className="button button-danger-quiet button-small" onClick={() => setItems(items.filter((_, j) => j !== i))} aria-label={`Remove ${label}`}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" onClick={() => setItems([...items, newItem()])}>
          Add content item<span className="visually-hidden"> to week {m.week}</span>
        </button>
        {onRemove && (
          <button type="button" className="button button-danger-quiet button-small" onClick={onRemove}>
            Remove week {m.week}
          </button>
        )}
      </div>
      {m.assignment && <p className="field-hint">The assignment “{m.assignment.title}” and its rubric are kept as they are.</p>}
    </fieldset>
  );
}
