import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AvailabilityFieldsFragment } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { errorMessage } from '../../../lib/errors';
import { allTimeZones, formatDateTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { SelectField, TextField } from '../../../ui/Field';
import { useTimeZone, useViewer } from '../../auth/hooks/useViewer';
import {
  draftFrom,
  inputFrom,
  isChanged,
  weeklyProblems,
  type AvailabilityDraft,
  type DurationDraft,
  type DurationUnit,
} from '../hooks/availabilityForm';
import { zoneShortName } from '../hooks/bookingTime';
import { useSetAvailability, type Booking } from '../hooks/useBookings';
import { ExceptionsEditor } from './ExceptionsEditor';
import { SlotPreview } from './SlotPreview';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';
import '../coach-bookings.css';

/** The meeting link's placeholder: the start of any link, not a word. */
const URL_PLACEHOLDER = 'https://';

/**
 * The coach's whole availability in one form, saved at once (the API replaces it): weekly hours
 * and exceptions in the chosen zone, the booking rules, the meeting link; a preview of the slots
 * learners would be offered. The API's validation messages are listed as they come.
 */
export function AvailabilityEditor({ availability, bookings }: { availability: AvailabilityFieldsFragment; bookings: Booking[] }) {
  const viewer = useViewer();
  const viewerZone = useTimeZone();
  const intl = useIntl();
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
    <form
      ref={formRef}
      className="availability-form"
      onSubmit={submit}
      noValidate
      aria-label={intl.formatMessage({ id: 'booking.availabilityEditor.formLabel', defaultMessage: 'Coaching availability' })}
    >
      <div className="workspace">
        <div className="stack page-stack">
          <Card
            title={intl.formatMessage({ id: 'booking.availabilityEditor.weeklyTitle', defaultMessage: 'Weekly hours' })}
            description={intl.formatMessage(
              {
                id: 'booking.availabilityEditor.weeklyDescription',
                defaultMessage:
                  'The hours you coach each week, in {zone}. Add a second range to a day for a break; an end of 00:00 means midnight.',
              },
              { zone: draft.timeZone.replaceAll('_', ' ') },
            )}
          >
            <WeeklyHoursEditor weekly={draft.weekly} showProblems={checked} onChange={(weekly) => update({ weekly })} />
          </Card>
          <Card
            title={intl.formatMessage({ id: 'booking.availabilityEditor.exceptionsTitle', defaultMessage: 'Exceptions' })}
            description={intl.formatMessage({
              id: 'booking.availabilityEditor.exceptionsDescription',
              defaultMessage: 'Dates that differ from your usual week, in the same zone: a day off, or extra hours.',
            })}
          >
            <ExceptionsEditor exceptions={draft.exceptions} timeZone={draft.timeZone} onChange={(exceptions) => update({ exceptions })} />
          </Card>
        </div>
        <div className="workspace-side">
          <Card
            title={intl.formatMessage({ id: 'booking.availabilityEditor.zoneAndLinkTitle', defaultMessage: 'Time zone and meeting link' })}
          >
            <SelectField
              label={intl.formatMessage({ id: 'booking.availabilityEditor.timeZone', defaultMessage: 'Time zone' })}
              value={draft.timeZone}
              onChange={(e) => update({ timeZone: e.target.value })}
              hint={
                draft.timeZone === viewer.timeZone
                  ? intl.formatMessage({
                      id: 'booking.availabilityEditor.profileZoneHint',
                      defaultMessage: 'Your profile’s zone. Your hours stay put across daylight-saving changes.',
                    })
                  : intl.formatMessage(
                      { id: 'booking.availabilityEditor.otherZoneHint', defaultMessage: 'Your profile’s zone is {zone}.' },
                      { zone: viewer.timeZone.replaceAll('_', ' ') },
                    )
              }
            >
              {zones.map((z) => (
                <option key={z.zone} value={z.zone}>
                  {z.label}
                </option>
              ))}
            </SelectField>
            <TextField
              label={intl.formatMessage({ id: 'booking.availabilityEditor.meetingLink', defaultMessage: 'Meeting link' })}
              type="url"
              placeholder={URL_PLACEHOLDER}
              value={draft.meetingUrl}
              onChange={(e) => update({ meetingUrl: e.target.value })}
              hint={intl.formatMessage({
                id: 'booking.availabilityEditor.meetingLinkHint',
                defaultMessage: 'Your video room; learners get it with each booking.',
              })}
            />
          </Card>
          <Card title={intl.formatMessage({ id: 'booking.availabilityEditor.rulesTitle', defaultMessage: 'Booking rules' })}>
            <div className="rules-grid">
              <TextField
                label={intl.formatMessage({ id: 'booking.availabilityEditor.sessionLength', defaultMessage: 'Session length (minutes)' })}
                hint={intl.formatMessage({
                  id: 'booking.availabilityEditor.sessionLengthHint',
                  defaultMessage: 'How long each session lasts.',
                })}
                type="number"
                inputMode="numeric"
                min={10}
                max={240}
                step={5}
                value={draft.slotMinutes}
                onChange={(e) => update({ slotMinutes: e.target.value })}
              />
              <TextField
                label={intl.formatMessage({ id: 'booking.availabilityEditor.horizon', defaultMessage: 'Booking horizon (days)' })}
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                value={draft.horizonDays}
                onChange={(e) => update({ horizonDays: e.target.value })}
                hint={intl.formatMessage({
                  id: 'booking.availabilityEditor.horizonHint',
                  defaultMessage: 'How far ahead learners can book.',
                })}
              />
              <TextField
                label={intl.formatMessage({ id: 'booking.availabilityEditor.bufferBefore', defaultMessage: 'Buffer before (minutes)' })}
                hint={intl.formatMessage({
                  id: 'booking.availabilityEditor.bufferBeforeHint',
                  defaultMessage: 'Kept free before each session.',
                })}
                type="number"
                inputMode="numeric"
                min={0}
                max={120}
                step={5}
                value={draft.bufferBeforeMinutes}
                onChange={(e) => update({ bufferBeforeMinutes: e.target.value })}
              />
              <TextField
                label={intl.formatMessage({ id: 'booking.availabilityEditor.bufferAfter', defaultMessage: 'Buffer after (minutes)' })}
                hint={intl.formatMessage({
                  id: 'booking.availabilityEditor.bufferAfterHint',
                  defaultMessage: 'Kept free after each session.',
                })}
                type="number"
                inputMode="numeric"
                min={0}
                max={120}
                step={5}
                value={draft.bufferAfterMinutes}
                onChange={(e) => update({ bufferAfterMinutes: e.target.value })}
              />
              <DurationField
                label={intl.formatMessage({ id: 'booking.availabilityEditor.minNotice', defaultMessage: 'Minimum notice' })}
                hint={intl.formatMessage({
                  id: 'booking.availabilityEditor.minNoticeHint',
                  defaultMessage: 'The earliest a session can start after it is booked.',
                })}
                value={draft.minNotice}
                onChange={(minNotice) => update({ minNotice })}
              />
              <DurationField
                label={intl.formatMessage({ id: 'booking.availabilityEditor.cutoff', defaultMessage: 'Cancellation cut-off' })}
                hint={intl.formatMessage({
                  id: 'booking.availabilityEditor.cutoffHint',
                  defaultMessage: 'Learners can move or cancel until this long before a session.',
                })}
                value={draft.cancellationCutoff}
                onChange={(cancellationCutoff) => update({ cancellationCutoff })}
              />
            </div>
          </Card>
          <SlotPreview input={input} bookings={bookings} timeZone={viewerZone} changed={changed} />
        </div>
      </div>
      <div className="save-bar">
        <div ref={statusRef} tabIndex={-1} className="save-status">
          {problems.length > 0 ? (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">
                <FormattedMessage id="booking.availabilityEditor.notSaved" defaultMessage="Your availability was not saved" />
              </p>
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
              <FormattedMessage
                id="booking.availabilityEditor.saved"
                defaultMessage="Availability saved. Learners of your cohorts are offered the new times from now on; sessions already booked stay."
              />
            </p>
          ) : (
            <p className="save-message" role="status">
              {!availability.published ? (
                <FormattedMessage
                  id="booking.availabilityEditor.notPublished"
                  defaultMessage="Not published yet: learners cannot book you until you save."
                />
              ) : changed ? (
                <FormattedMessage id="booking.availabilityEditor.unsaved" defaultMessage="You have unsaved changes." />
              ) : availability.updatedAt ? (
                <FormattedMessage
                  id="booking.availabilityEditor.publishedSaved"
                  defaultMessage="Published. Last saved {when}."
                  values={{ when: formatDateTime(availability.updatedAt, viewerZone) }}
                />
              ) : (
                <FormattedMessage id="booking.availabilityEditor.published" defaultMessage="Published." />
              )}
            </p>
          )}
        </div>
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? (
            <FormattedMessage {...common.saving} />
          ) : availability.published ? (
            <FormattedMessage id="booking.availabilityEditor.save" defaultMessage="Save availability" />
          ) : (
            <FormattedMessage id="booking.availabilityEditor.publish" defaultMessage="Publish availability" />
          )}
        </button>
      </div>
    </form>
  );
}

/** A number with its unit: "24 hours" rather than 1440 minutes. */
function DurationField({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  value: DurationDraft;
  onChange: (d: DurationDraft) => void;
}) {
  const id = useId();
  const intl = useIntl();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <div className="duration-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          value={value.value}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange({ ...value, value: e.target.value })}
        />
        <select
          aria-label={intl.formatMessage({ id: 'booking.durationField.unitLabel', defaultMessage: '{field} unit' }, { field: label })}
          value={value.unit}
          onChange={(e) => onChange({ ...value, unit: e.target.value as DurationUnit })}
        >
          <option value="minutes">{intl.formatMessage({ id: 'booking.durationField.minutes', defaultMessage: 'minutes' })}</option>
          <option value="hours">{intl.formatMessage({ id: 'booking.durationField.hours', defaultMessage: 'hours' })}</option>
          <option value="days">{intl.formatMessage({ id: 'booking.durationField.days', defaultMessage: 'days' })}</option>
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
