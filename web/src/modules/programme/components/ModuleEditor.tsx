import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ContentItemInput, ContentKind, ProgrammeModuleInput } from '../../../gql/graphql';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import type { PathMessages } from '../hooks/assignmentIssues';
import { CONTENT_KINDS, KIND_LABEL, markdownHint, needsUrl, newItem } from '../hooks/definition';
import { AssignmentEditor, newAssignment } from './AssignmentEditor';
import { focusAfterMove, RowMoves, swapRows } from './RowMoves';

/** Not words: the start of every web address. */
const URL_PLACEHOLDER = 'https://';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/**
 * One week of the draft: title, summary, its content items (add, remove, reorder) and its
 * assignment with the rubric. `assignmentErrors` and `assignmentNotes` are keyed by path
 * within the assignment.
 */
export function ModuleEditor({
  module: m,
  onChange,
  onRemove,
  assignmentErrors,
  assignmentNotes,
}: {
  module: ProgrammeModuleInput;
  onChange: (m: ProgrammeModuleInput) => void;
  onRemove?: () => void;
  assignmentErrors: PathMessages;
  assignmentNotes: PathMessages;
}) {
  const intl = useIntl();
  const items = m.contentItems;
  const setItems = (contentItems: ContentItemInput[]) => onChange({ ...m, contentItems });
  const move = (i: number, by: -1 | 1) => {
    setItems(swapRows(items, i, by));
    focusAfterMove((j) => `item-${m.week}-${j}`, i, by, items.length);
  };
  return (
    <fieldset className="editor-week">
      <legend>
        <FormattedMessage id="programme.moduleEditor.legend" defaultMessage="Week {week, number}" values={{ week: m.week }} />
      </legend>
      <div className="form-grid">
        <TextField
          label={intl.formatMessage(
            { id: 'programme.moduleEditor.weekTitle', defaultMessage: 'Week {week, number} title' },
            { week: m.week },
          )}
          required
          maxLength={200}
          value={m.title}
          onChange={(e) => onChange({ ...m, title: e.target.value })}
        />
        <TextAreaField
          label={intl.formatMessage(
            { id: 'programme.moduleEditor.weekSummary', defaultMessage: 'Week {week, number} summary' },
            { week: m.week },
          )}
          rows={2}
          maxLength={4000}
          value={m.summary ?? ''}
          onChange={(e) => onChange({ ...m, summary: e.target.value })}
        />
      </div>
      <h3 className="section-title">
        <FormattedMessage id="programme.moduleEditor.contentItems" defaultMessage="Content items" />
      </h3>
      <ol
        className="editor-items"
        aria-label={intl.formatMessage(
          { id: 'programme.moduleEditor.contentOfWeek', defaultMessage: 'Content of week {week, number}' },
          { week: m.week },
        )}
      >
        {items.map((item, i) => {
          const label = intl.formatMessage(
            { id: 'programme.moduleEditor.itemLabel', defaultMessage: 'Week {week, number} item {item, number}' },
            { week: m.week, item: i + 1 },
          );
          const labelPrefix = <span className="visually-hidden">{label} </span>;
          const set = (patch: Partial<ContentItemInput>) => setItems(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <li key={item.id ?? `new-${i}`} className="editor-item">
              <div className="editor-item-grid">
                <SelectField
                  label={
                    <>
                      {labelPrefix}
                      <FormattedMessage id="programme.moduleEditor.kind" defaultMessage="Kind" />
                    </>
                  }
                  value={item.kind}
                  onChange={(e) => set({ kind: e.target.value as ContentKind })}
                >
                  {CONTENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {intl.formatMessage(KIND_LABEL[k])}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={
                    <>
                      {labelPrefix}
                      <FormattedMessage id="programme.moduleEditor.title" defaultMessage="Title" />
                    </>
                  }
                  required
                  maxLength={200}
                  value={item.title}
                  onChange={(e) => set({ title: e.target.value })}
                  className="editor-item-title"
                />
                <TextField
                  label={
                    <>
                      {labelPrefix}
                      <FormattedMessage id="programme.moduleEditor.minutes" defaultMessage="Minutes" />
                    </>
                  }
                  type="number"
                  min={1}
                  max={600}
                  required
                  value={String(item.minutes)}
                  onChange={(e) => set({ minutes: Number(e.target.value) || 0 })}
                />
                {needsUrl(item.kind) ? (
                  <TextField
                    label={
                      <>
                        {labelPrefix}
                        <FormattedMessage id="programme.moduleEditor.url" defaultMessage="URL" />
                      </>
                    }
                    type="url"
                    required
                    placeholder={URL_PLACEHOLDER}
                    value={item.url ?? ''}
                    onChange={(e) => set({ url: e.target.value })}
                    className="span-all"
                  />
                ) : (
                  <TextAreaField
                    label={
                      <>
                        {labelPrefix}
                        <FormattedMessage id="programme.moduleEditor.text" defaultMessage="Text" />
                      </>
                    }
                    hint={intl.formatMessage(markdownHint)}
                    rows={3}
                    value={item.body ?? ''}
                    onChange={(e) => set({ body: e.target.value })}
                    className="span-all"
                  />
                )}
              </div>
              <div className="editor-item-actions">
                <RowMoves id={`item-${m.week}-${i}`} index={i} count={items.length} onMove={(by) => move(i, by)} name={label} />
                <button
                  type="button"
                  className="button button-danger-quiet button-small"
                  onClick={() => setItems(items.filter((_, j) => j !== i))}
                >
                  <FormattedMessage
                    id="programme.moduleEditor.removeItem"
                    defaultMessage="Remove<hidden> {item}</hidden>"
                    values={{ item: label, hidden }}
                  />
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" onClick={() => setItems([...items, newItem()])}>
          <FormattedMessage
            id="programme.moduleEditor.addItem"
            defaultMessage="Add content item<hidden> to week {week, number}</hidden>"
            values={{ week: m.week, hidden }}
          />
        </button>
        {onRemove && (
          <button type="button" className="button button-danger-quiet button-small" onClick={onRemove}>
            <FormattedMessage
              id="programme.moduleEditor.removeWeek"
              defaultMessage="Remove week {week, number}"
              values={{ week: m.week }}
            />
          </button>
        )}
      </div>
      {m.assignment ? (
        <AssignmentEditor
          week={m.week}
          assignment={m.assignment}
          errors={assignmentErrors}
          notes={assignmentNotes}
          onChange={(assignment) => onChange({ ...m, assignment })}
          onRemove={() => {
            onChange({ ...m, assignment: null });
            setTimeout(() => document.getElementById(`add-assignment-${m.week}`)?.focus());
          }}
        />
      ) : (
        <div className="form-actions">
          <button
            id={`add-assignment-${m.week}`}
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              onChange({ ...m, assignment: newAssignment(m.week, intl) });
              setTimeout(() => document.getElementById(`assignment-${m.week}-title`)?.focus());
            }}
          >
            <FormattedMessage
              id="programme.moduleEditor.addAssignment"
              defaultMessage="Add an assignment<hidden> to week {week, number}</hidden>"
              values={{ week: m.week, hidden }}
            />
          </button>
        </div>
      )}
    </fieldset>
  );
}
