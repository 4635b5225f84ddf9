import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ProgrammeDefinitionInput, ProgrammeDetailFieldsFragment } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { ErrorNotice } from '../../../ui/Feedback';
import { LANGUAGE_NAMES, LOCALES } from '../../../i18n/locales';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { assignmentIssues, definitionErrors, weekOfPath, type PathMessages } from '../hooks/assignmentIssues';
import { cleanForSave, newModule, toInput, withModules } from '../hooks/definition';
import { useUpdateProgrammeDraft } from '../hooks/useProgrammes';
import { ModuleEditor } from './ModuleEditor';
import { SessionPlanEditor } from './SessionPlanEditor';
import { SPACE } from '../../../lib/jsx';

/** The API's refusal of fields it names by path (extensions.details.issues), as messages by path. */
function refusedFields(error: unknown): PathMessages {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const issues = (error.errors[0]?.extensions?.details as { issues?: { path?: unknown; message?: unknown }[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return {};
  return Object.fromEntries(issues.filter((i) => typeof i.path === 'string').map((i) => [i.path as string, String(i.message)]));
}

/** Only the messages under `prefix`, with the prefix taken off. */
function under(messages: PathMessages, prefix: string): PathMessages {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([path, m]) => (path.startsWith(prefix) ? [[path.slice(prefix.length), m]] : [])),
  );
}

/**
 * Edits the draft and sends the whole definition back; published versions stay as they are.
 * Assignments are checked by the domain's rubric rules before saving: a refused save shows each
 * message next to its field, on the week of the first one, and moves focus to that field.
 */
export function ProgrammeEditor({
  programme,
  onSaved,
  onCancel,
}: {
  programme: ProgrammeDetailFieldsFragment;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const [def, setDef] = useState<ProgrammeDefinitionInput>(() => toInput(programme));
  const [save, { loading }] = useUpdateProgrammeDraft();
  const [error, setError] = useState<unknown>(null);
  // one week at a time keeps a seven-week programme to a page that can be read
  const [week, setWeek] = useState(1);
  const shownWeek = Math.min(week, def.modules.length);
  const set = (patch: Partial<ProgrammeDefinitionInput>) => setDef((d) => ({ ...d, ...patch }));
  const num = (v: string) => (v === '' ? 0 : Number(v));
  // after a refused save the messages follow the edits, so a fixed field loses its message at once
  const [checked, setChecked] = useState(false);
  // the API's messages hold for the definition it refused, until the next edit
  const [refused, setRefused] = useState<{ def: ProgrammeDefinitionInput; errors: PathMessages } | null>(null);
  const apiErrors = refused?.def === def ? refused.errors : {};
  const errors = checked ? { ...apiErrors, ...definitionErrors(intl, def) } : apiErrors;
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const refuse = (found: PathMessages) => {
    const first = Object.keys(found)[0];
    const w = first ? weekOfPath(first) : null;
    if (w) setWeek(w);
    setRefusals((n) => n + 1);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setRefused(null);
    setChecked(true);
    const found = definitionErrors(intl, def);
    if (Object.keys(found).length) {
      refuse(found);
      return;
    }
    try {
      await save({ variables: { id: programme.id, input: cleanForSave(def) } });
      onSaved();
    } catch (err) {
      setError(err);
      const fields = refusedFields(err);
      setRefused({ def, errors: fields });
      if (Object.keys(fields).length) refuse(fields);
      else setTimeout(() => document.getElementById('editor-error')?.scrollIntoView({ block: 'center' }));
    }
  };

  return (
    <form
      ref={formRef}
      className="stack page-stack programme-editor"
      onSubmit={submit}
      aria-label={intl.formatMessage(
        { id: 'programme.editor.label', defaultMessage: 'Edit the draft of {code}' },
        { code: programme.code },
      )}
    >
      <div id="editor-error">
        {error != null && (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'programme.editor.failed', defaultMessage: 'The draft was not saved' })}
          />
        )}
      </div>
      <fieldset className="editor-week">
        <legend>
          <FormattedMessage id="programme.editor.programme" defaultMessage="Programme" />
        </legend>
        <div className="form-grid">
          <TextField
            label={intl.formatMessage({ id: 'programme.editor.code', defaultMessage: 'Code' })}
            required
            pattern="[A-Z][A-Z0-9\-]{1,15}"
            hint={intl.formatMessage({ id: 'programme.editor.codeHint', defaultMessage: '2–16 capital letters, digits or dashes.' })}
            value={def.code}
            onChange={(e) => set({ code: e.target.value.toUpperCase() })}
          />
          <TextField
            label={intl.formatMessage({ id: 'programme.editor.title', defaultMessage: 'Title' })}
            required
            minLength={2}
            maxLength={200}
            value={def.title}
            onChange={(e) => set({ title: e.target.value })}
          />
          <SelectField
            label={intl.formatMessage({ id: 'programme.editor.language', defaultMessage: 'Language of the content' })}
            hint={intl.formatMessage({
              id: 'programme.editor.languageHint',
              defaultMessage:
                'Learners see the programme’s content as written, whatever language Beacon is shown in; any partner may run it.',
            })}
            value={def.language ?? 'en'}
            onChange={(e) => set({ language: e.target.value })}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={intl.formatMessage({ id: 'programme.editor.summary', defaultMessage: 'Summary' })}
            rows={3}
            maxLength={4000}
            value={def.summary ?? ''}
            onChange={(e) => set({ summary: e.target.value })}
            className="span-all"
          />
          <TextField
            label={intl.formatMessage({ id: 'programme.editor.hoursPerWeek', defaultMessage: 'Hours a week' })}
            type="number"
            step="0.5"
            min={0.5}
            max={80}
            required
            value={String(def.hoursPerWeek)}
            onChange={(e) => set({ hoursPerWeek: num(e.target.value) })}
          />
          <TextField
            label={intl.formatMessage({ id: 'programme.editor.coachingSessions', defaultMessage: 'Coaching sessions per learner' })}
            type="number"
            min={0}
            max={52}
            required
            value={String(def.coachingSessions)}
            onChange={(e) => set({ coachingSessions: num(e.target.value) })}
          />
        </div>
      </fieldset>

      <div
        className="editor-weeks"
        role="group"
        aria-label={intl.formatMessage({ id: 'programme.editor.weekToEdit', defaultMessage: 'Week to edit' })}
      >
        {def.modules.map((m) => (
          <button
            key={m.week}
            type="button"
            className="button button-secondary button-small"
            aria-pressed={m.week === shownWeek}
            onClick={() => setWeek(m.week)}
          >
            <FormattedMessage id="programme.editor.week" defaultMessage="Week {week, number}" values={{ week: m.week }} />
          </button>
        ))}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            setDef((d) => withModules(d, [...d.modules, newModule(d.modules.length + 1, intl)]));
            setWeek(def.modules.length + 1);
          }}
        >
          <FormattedMessage
            id="programme.editor.addWeek"
            defaultMessage="Add week {week, number}"
            values={{ week: def.modules.length + 1 }}
          />
        </button>
      </div>
      {def.modules
        .filter((m) => m.week === shownWeek)
        .map((m) => {
          const i = m.week - 1;
          const last = i === def.modules.length - 1;
          const prefix = `modules.${i}.assignment.`;
          return (
            <ModuleEditor
              key={m.week}
              module={m}
              assignmentErrors={under(errors, prefix)}
              assignmentNotes={m.assignment ? assignmentIssues(intl, m.assignment).notes : {}}
              onChange={(next) =>
                setDef((d) =>
                  withModules(
                    d,
                    d.modules.map((x, j) => (j === i ? next : x)),
                  ),
                )
              }
              onRemove={
                def.modules.length > 1 && last
                  ? () => {
                      setDef((d) => withModules(d, d.modules.slice(0, -1)));
                      setWeek(m.week - 1);
                    }
                  : undefined
              }
            />
          );
        })}

      <SessionPlanEditor plan={def.sessionPlan ?? []} weeks={def.modules.length} onChange={(sessionPlan) => set({ sessionPlan })} />

      <fieldset className="editor-week">
        <legend>
          <FormattedMessage id="programme.editor.completion" defaultMessage="Completion criteria" />
        </legend>
        <div className="form-grid">
          <label className="checkbox span-all">
            <input
              type="checkbox"
              checked={def.completion.allAssignmentsPassed}
              onChange={(e) => set({ completion: { ...def.completion, allAssignmentsPassed: e.target.checked } })}
            />
            {SPACE}
            <FormattedMessage id="programme.editor.allAssignments" defaultMessage="Every assignment must be passed" />
          </label>
          <TextField
            label={intl.formatMessage({ id: 'programme.editor.minAttendance', defaultMessage: 'Minimum attendance (%)' })}
            type="number"
            min={0}
            max={100}
            required
            value={String(def.completion.minAttendancePercent)}
            onChange={(e) => set({ completion: { ...def.completion, minAttendancePercent: num(e.target.value) } })}
          />
          <TextField
            label={intl.formatMessage({ id: 'programme.editor.coachingRequired', defaultMessage: 'Coaching sessions required' })}
            type="number"
            min={0}
            max={52}
            required
            value={String(def.completion.coachingSessionsRequired)}
            onChange={(e) => set({ completion: { ...def.completion, coachingSessionsRequired: num(e.target.value) } })}
          />
        </div>
      </fieldset>

      <fieldset className="editor-week">
        <legend>
          <FormattedMessage id="programme.editor.credential" defaultMessage="Credential" />
        </legend>
        <div className="form-grid">
          <TextField
            label={intl.formatMessage({ id: 'programme.editor.credentialName', defaultMessage: 'Credential name' })}
            required
            minLength={2}
            maxLength={200}
            value={def.credential.name}
            onChange={(e) => set({ credential: { ...def.credential, name: e.target.value } })}
          />
          <TextField
            label={intl.formatMessage({ id: 'programme.editor.validFor', defaultMessage: 'Valid for (months)' })}
            type="number"
            min={1}
            max={600}
            hint={intl.formatMessage({ id: 'programme.editor.validForHint', defaultMessage: 'Leave empty if it never expires.' })}
            value={def.credential.validityMonths == null ? '' : String(def.credential.validityMonths)}
            onChange={(e) =>
              set({ credential: { ...def.credential, validityMonths: e.target.value === '' ? null : Number(e.target.value) } })
            }
          />
          <TextAreaField
            label={intl.formatMessage({ id: 'programme.editor.credentialDescription', defaultMessage: 'Credential description' })}
            required
            rows={2}
            maxLength={2000}
            value={def.credential.description}
            onChange={(e) => set({ credential: { ...def.credential, description: e.target.value } })}
            className="span-all"
          />
          <TextAreaField
            label={intl.formatMessage({ id: 'programme.editor.credentialCriteria', defaultMessage: 'Credential criteria' })}
            required
            rows={2}
            maxLength={2000}
            value={def.credential.criteria}
            onChange={(e) => set({ credential: { ...def.credential, criteria: e.target.value } })}
            className="span-all"
          />
        </div>
      </fieldset>

      <div className="form-actions editor-actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? intl.formatMessage(common.saving) : intl.formatMessage({ id: 'programme.editor.save', defaultMessage: 'Save draft' })}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          <FormattedMessage {...common.cancel} />
        </button>
        <span className="field-hint">
          <FormattedMessage
            id="programme.editor.saveHint"
            defaultMessage="Saving changes the draft only; cohorts keep their version until you publish."
          />
        </span>
      </div>
    </form>
  );
}
