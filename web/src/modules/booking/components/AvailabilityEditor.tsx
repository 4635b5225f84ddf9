import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { AvailabilityFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { allTimeZones, formatDateTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { SelectField, TextField } from '../../../ui/Field';
import { useTimeZone, useViewer } from '../../auth/hooks/useViewer';
import { draftFrom, inputFrom, isChanged, weeklyProblems, type AvailabilityDraft, type DurationDraft, type DurationUnit } from '../hooks/availabilityForm';
import { zoneShortName } from '../hooks/bookingTime';
import { useSetAvailability, type Booking } from '../hooks/useBookings';
import { ExceptionsEditor } from './ExceptionsEditor';
import { SlotPreview } from './SlotPreview';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';
import '../coach-bookings.css';

/**
 * The coach's whole availability in one form, saved at once (the API replaces it): weekly hours
 * and exceptions in the chosen zone, the booking rules, the meeting link; a preview of the slots
 * learners would be offered. The API's validation messages are listed as they come.
 */
export function AvailabilityEditor({ availability, bookings }: { availability: AvailabilityFieldsFragment; bookings: Booking[] }) {
  const viewer = useViewer();
  const viewerZone = useTimeZone();
  const [draft, setDraft] = useState<AvailabilityDraft>(() => draftFrom(availability));
  const [save, { loading }] = useSetAvailability();
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [checked, setChecked] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const zones = useZoneOptions(draft.timeZone);
  const changed = !availability.published || isChanged(draft, availability);
  const input = inputFrom(draft);

  const update = (patch: Partial<AvailabilityDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblems([]);
    setSaved(false);
    // each faulty range says what is wrong beside it; focus goes to the first
    setChecked(true);
    if (weeklyProblems(draft.weekly).size > 0) {
      setTimeout(() => formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    try {
      await save({ variables: { input } });
      setSaved(true);
    } catch (err) {
      setProblems(problemsOf(err));
    }
    setTimeout(() => statusRef.current?.focus());
  };

  return (
    <form ref={formRef} className="availability-form" onSubmit={submit} noValidate aria-label="Coaching availability">
      <div className="workspace">
        <div className="stack page-stack">
          <Card title="Weekly hours" description={`The hours you coach each week, in ${draft.timeZone.replaceAll('_', ' ')}. Add a second range to a day for a break; an end of 00:00 means midnight.`}>
            <WeeklyHoursEditor weekly={draft.weekly} showProblems={checked} onChange={(weekly) => update({ weekly })} />
          </Card>
          <Card title="Exceptions" description="Dates that differ from your usual week, in the same zone: a day off, or extra hours.">
            <ExceptionsEditor exceptions={draft.exceptions} timeZone={draft.timeZone} onChange={(exceptions) => update({ exceptions })} />
          </Card>
        </div>
        <div className="workspace-side">
          <Card title="Time zone and meeting link">
            <SelectField
              label="Time zone"
              value={draft.timeZone}
              onChange={(e) => update({ timeZone: e.target.value })}
              hint={draft.timeZone === viewer.timeZone ? 'Your profile’s zone. Your hours stay put across daylight-saving changes.' : `Your profile’s zone is ${viewer.timeZone.replaceAll('_', ' ')}.`}
            >
              {zones.map((z) => (
                <option key={z.zone} value={z.zone}>
                  {z.label}
                </option>
              ))}
            </SelectField>
            <TextField label="Meeting link" type="url" placeholder="https://" value={draft.meetingUrl} onChange={(e) => update({ meetingUrl: e.target.value })} hint="Your video room; learners get it with each booking." />
          </Card>
          <Card title="Booking rules">
            <div className="rules-grid">
              <TextField label="Session length (minutes)" hint="How long each session lasts." type="number" inputMode="numeric" min={10} max={240} step={5} value={draft.slotMinutes} onChange={(e) => update({ slotMinutes: e.target.value })} />
              <TextField label="Booking horizon (days)" type="number" inputMode="numeric" min={1} max={365} value={draft.horizonDays} onChange={(e) => update({ horizonDays: e.target.value })} hint="How far ahead learners can book." />
              <TextField label="Buffer before (minutes)" hint="Kept free before each session." type="number" inputMode="numeric" min={0} max={120} step={5} value={draft.bufferBeforeMinutes} onChange={(e) => update({ bufferBeforeMinutes: e.target.value })} />
              <TextField label="Buffer after (minutes)" hint="Kept free after each session." type="number" inputMode="numeric" min={0} max={120} step={5} value={draft.bufferAfterMinutes} onChange={(e) => update({ bufferAfterMinutes: e.target.value })} />
              <DurationField label="Minimum notice" hint="The earliest a session can start after it is booked." value={draft.minNotice} onChange={(minNotice) => update({ minNotice })} />
              <DurationField label="Cancellation cut-off" hint="Learners can move or cancel until this long before a session." value={draft.cancellationCutoff} onChange={(cancellationCutoff) => update({ cancellationCutoff })} />
            </div>
          </Card>
          <SlotPreview input={input} bookings={bookings} timeZone={viewerZone} changed={changed} />
        </div>
      </div>
      <div className="save-bar">
        <div ref={statusRef} tabIndex={-1} className="save-status">
          {problems.length > 0 ? (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">Your availability was not saved</p>
              {problems.length === 1 ? (
                <p>{problems[0]}</p>
              ) : (
                <ul className="problem-list">
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </div>
          ) : saved ? (
            <p className="save-message save-message-done" role="status">
              Availability saved. Learners of your cohorts are offered the new times from now on; sessions already booked stay.
            </p>
          ) : (
            <p className="save-message" role="status">
              {!availability.published
                ? 'Not published yet: learners cannot book you until you save.'
                : changed
                  ? 'You have unsaved changes.'
                  : availability.updatedAt
                    ? `Published. Last saved ${formatDateTime(availability.updatedAt, viewerZone)}.`
                    : 'Published.'}
            </p>
          )}
        </div>
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Saving…' : availability.published ? 'Save availability' : 'Publish availability'}
        </button>
      </div>
    </form>
  );
}

/** A number with its unit: "24 hours" rather than 1440 minutes. */
function DurationField({ label, hint, value, onChange }: { label: string; hint: string; value: DurationDraft; onChange: (d: DurationDraft) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <div className="duration-row">
        <input id={id} type="number" inputMode="numeric" min={0} value={value.value} aria-describedby={`${id}-hint`} onChange={(e) => onChange({ ...value, value: e.target.value })} />
        <select aria-label={`${label} unit`} value={value.unit} onChange={(e) => onChange({ ...value, unit: e.target.value as DurationUnit })}>
          <option value="minutes">minutes</option>
          <option value="hours">hours</option>
          <option value="days">days</option>
        </select>
      </div>
    </div>
  );
}

/** Every zone the browser knows with its offset now ("Africa/Johannesburg (GMT+2)"); the current one always included. */
function useZoneOptions(current: string) {
  return useMemo(() => {
    const zones = allTimeZones();
    const list = zones.includes(current) ? zones : [current, ...zones];
    const now = new Date();
    return list.map((zone) => ({ zone, label: `${zone.replaceAll('_', ' ')} (${zoneShortName(zone, now)})` }));
    // the list is the same for the whole visit; only a zone outside it adds one
  }, [current]);
}

/** The API's problems, one per line: a list when it sends one, else its message split at "; ". */
function problemsOf(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) {
    const listed = (error.errors[0]?.extensions?.details as { problems?: unknown } | undefined)?.problems;
    if (Array.isArray(listed) && listed.length && listed.every((p) => typeof p === 'string')) return listed;
  }
  return errorMessage(error).split('; ').filter(Boolean);
}
