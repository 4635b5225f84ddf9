import { Fragment, useEffect, useId, useRef, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { EscapeScope } from '../../../ui/EscapeScope';
import { EmptyState } from '../../../ui/Feedback';
import { dayKey, formatClock, formatDayHeading, formatDuration, formatWeekday, zoneCity, zoneShortName } from '../hooks/bookingTime';
import type { CoachSlots, Slot } from '../hooks/useBookings';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

export interface Choice {
  coachId: string;
  slot: Slot;
}

/**
 * One coach's open slots, grouped by day in the learner's zone: each a button (Tab reaches it,
 * Enter or Space picks it) with the coach's own time in small print. The confirmation for the
 * picked slot opens right below its day.
 */
export function CoachSlotPicker({
  coach,
  timeZone,
  chosen,
  onChoose,
  confirmation,
  emptyText,
}: {
  coach: CoachSlots;
  timeZone: string;
  chosen: Choice | null;
  onChoose: (choice: Choice) => void;
  confirmation: React.ReactNode;
  emptyText: React.ReactNode;
}) {
  const intl = useIntl();
  const headingId = useId();
  const days = groupByDay(coach.slots, timeZone);
  const chosenHere = chosen?.coachId === coach.coach.id ? chosen.slot.startsAt : null;
  const sameZone = coach.timeZone === timeZone;
  const firstName = coach.coach.name.split(' ')[0];
  return (
    <section className="coach-slots" aria-labelledby={headingId}>
      <div className="coach-slots-head">
        <h3 id={headingId} className="coach-slots-name">
          {coach.coach.name}
        </h3>
        <p className="cell-sub">
          <FormattedMessage
            id="booking.slotPicker.coachLine"
            defaultMessage="{published, select, yes {{length} sessions · } other {}}{name} works in {city} ({zone}){sameZone, select, yes {, your time zone too} other {}}{published, select, yes {; {name}’s own time is in small print} other {}}"
            values={{
              published: coach.published ? 'yes' : 'no',
              length: formatDuration(intl, coach.slotMinutes),
              name: firstName,
              city: zoneCity(coach.timeZone),
              zone: zoneShortName(coach.timeZone),
              sameZone: sameZone ? 'yes' : 'no',
            }}
          />
        </p>
      </div>
      {!coach.published ? (
        <EmptyState
          title={intl.formatMessage(
            { id: 'booking.slotPicker.notPublishedTitle', defaultMessage: '{coach} has not published coaching availability yet' },
            { coach: coach.coach.name },
          )}
        >
          <FormattedMessage
            id="booking.slotPicker.notPublishedText"
            defaultMessage="Their open times appear here as soon as they do. If you need a session sooner, ask them in your cohort community."
          />
        </EmptyState>
      ) : days.length === 0 ? (
        <EmptyState
          title={intl.formatMessage(
            { id: 'booking.slotPicker.noTimesTitle', defaultMessage: 'No open times with {coach} in these dates' },
            { coach: coach.coach.name },
          )}
        >
          {emptyText}
        </EmptyState>
      ) : (
        days.map((day) => (
          <Fragment key={day.key}>
            <DaySlots day={day} coach={coach} timeZone={timeZone} chosen={chosenHere} onChoose={onChoose} />
            {chosenHere && day.slots.some((s) => s.startsAt === chosenHere) && confirmation}
          </Fragment>
        ))
      )}
    </section>
  );
}

function DaySlots({
  day,
  coach,
  timeZone,
  chosen,
  onChoose,
}: {
  day: Day;
  coach: CoachSlots;
  timeZone: string;
  chosen: string | null;
  onChoose: (c: Choice) => void;
}) {
  const headingId = useId();
  const firstName = coach.coach.name.split(' ')[0];
  return (
    <div className="slot-day" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="slot-day-name">
        {day.heading} <span className="slot-day-zone">{zoneShortName(timeZone, day.slots[0].startsAt)}</span>
      </h4>
      <ul className="slot-list">
        {day.slots.map((s) => {
          const coachClock = formatClock(s.startsAt, coach.timeZone);
          // the coach's own day, when it is not the learner's
          const otherDay = dayKey(s.startsAt, coach.timeZone) !== day.key;
          return (
            <li key={s.startsAt}>
              <button
                type="button"
                className="slot"
                aria-pressed={chosen === s.startsAt}
                onClick={() => onChoose({ coachId: coach.coach.id, slot: s })}
              >
                <time className="slot-time" dateTime={s.startsAt}>
                  {formatClock(s.startsAt, timeZone)}
                </time>
                <FormattedMessage
                  id="booking.slotPicker.slotDetail"
                  defaultMessage="<hidden> to {end} {zone}, {day}, with {coach};</hidden>"
                  values={{
                    end: formatClock(s.endsAt, timeZone),
                    zone: zoneShortName(timeZone, s.startsAt),
                    day: day.heading,
                    coach: coach.coach.name,
                    hidden,
                  }}
                />
                <span className="slot-coach-time">
                  {otherDay ? (
                    <FormattedMessage
                      id="booking.slotPicker.coachDayTime"
                      defaultMessage="{name}: {weekday} {time}"
                      values={{ name: firstName, weekday: formatWeekday(s.startsAt, coach.timeZone), time: coachClock }}
                    />
                  ) : (
                    <FormattedMessage
                      id="booking.slotPicker.coachTime"
                      defaultMessage="{name}: {time}"
                      values={{ name: firstName, time: coachClock }}
                    />
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface Day {
  key: string;
  heading: string;
  slots: Slot[];
}

function groupByDay(slots: Slot[], timeZone: string): Day[] {
  const days: Day[] = [];
  for (const s of slots) {
    const key = dayKey(s.startsAt, timeZone);
    const last = days[days.length - 1];
    if (last?.key === key) last.slots.push(s);
    else days.push({ key, heading: formatDayHeading(s.startsAt, timeZone), slots: [s] });
  }
  return days;
}

/** The question before booking or moving, focused when it opens so keyboard users land on it. */
export function SlotConfirmation({
  title,
  detail,
  confirmLabel,
  busy,
  onConfirm,
  onBack,
}: {
  title: string;
  detail: React.ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [title]);
  return (
    <EscapeScope onEscape={onBack}>
      <div ref={ref} tabIndex={-1} className="slot-confirm" role="group" aria-labelledby={titleId}>
        <p id={titleId} className="slot-confirm-title">
          {title}
        </p>
        <div className="slot-confirm-detail">{detail}</div>
        <div className="form-actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={onConfirm}>
            {busy ? <FormattedMessage id="booking.slotConfirm.working" defaultMessage="Working…" /> : confirmLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={onBack}>
            <FormattedMessage id="booking.slotConfirm.chooseAnother" defaultMessage="Choose another time" />
          </button>
        </div>
      </div>
    </EscapeScope>
  );
}
