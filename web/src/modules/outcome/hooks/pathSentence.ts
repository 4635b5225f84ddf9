import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import type { CredentialPathFieldsFragment } from '../../../gql/graphql';
import { formatList, formatNumber } from '../../../lib/time';

/**
 * The learner's path to the credential in one sentence, written from the API's numbers and
 * weeks in the reader's language (the API's `summary` is English only). The English matches
 * `pathSummary` of @beacon/domain word for word.
 */
type Phrase =
  | 'attend'
  | 'pass'
  | 'hold'
  | 'weeks'
  | 'tooFewSessions'
  | 'weeksLost'
  | 'coachingLost'
  | 'unreachable'
  | 'allMet'
  | 'reachable'
  | 'reachableShort'
  | 'weekRange';

const messages: Record<Phrase, MessageDescriptor> = defineMessages({
  attend: {
    id: 'outcome.path.attend',
    defaultMessage: 'attend {toAttend, number} of the {remaining, number} remaining {remaining, plural, one {session} other {sessions}}',
  },
  pass: { id: 'outcome.path.pass', defaultMessage: '{count, plural, one {pass {weeks}} other {pass {weeks}}}' },
  hold: {
    id: 'outcome.path.hold',
    defaultMessage:
      'hold {count, number} coaching {count, plural, one {session} other {sessions}}{booked, plural, =0 {} other { (# booked)}}',
  },
  weeks: { id: 'outcome.path.weeks', defaultMessage: '{count, plural, one {week {list}} other {weeks {list}}}' },
  tooFewSessions: {
    id: 'outcome.path.tooFewSessions',
    defaultMessage: '{toAttend, number} more sessions are needed and only {remaining, number} remain',
  },
  weeksLost: {
    id: 'outcome.path.weeksLost',
    defaultMessage: '{count, plural, one {{weeks} can no longer pass} other {{weeks} can no longer pass}}',
  },
  coachingLost: { id: 'outcome.path.coachingLost', defaultMessage: 'the coaching sessions can no longer be held' },
  unreachable: { id: 'outcome.path.unreachable', defaultMessage: 'No longer reachable: {reasons}. Talk to your coach about the options.' },
  allMet: { id: 'outcome.path.allMet', defaultMessage: 'Every requirement is met.' },
  reachable: { id: 'outcome.path.reachable', defaultMessage: 'Still reachable: {steps}.' },
  reachableShort: { id: 'outcome.path.reachableShort', defaultMessage: 'Reachable: {steps}.' },
  weekRange: { id: 'outcome.path.weekRange', defaultMessage: '{from, number}–{to, number}' },
});

type Path = Omit<CredentialPathFieldsFragment, '__typename' | 'enrolmentId' | 'reasons'>;

/** [4,5,6,7] → "weeks 4–7"; [2,5] → "weeks 2 and 5"; [3] → "week 3": runs of three or more as a range. */
export function weekList(intl: IntlShape, weeks: readonly number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const items: string[] = [];
  for (let k = 0; k < sorted.length;) {
    let j = k;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j >= k + 2) items.push(intl.formatMessage(messages.weekRange, { from: sorted[k], to: sorted[j] }));
    else for (let w = k; w <= j; w++) items.push(formatNumber(sorted[w]));
    k = j + 1;
  }
  return intl.formatMessage(messages.weeks, { count: sorted.length, list: formatList(items) });
}

/** What is still needed, each step a phrase ("attend 9 of the 12 remaining sessions"). */
function steps(intl: IntlShape, p: Path): string[] {
  const out: string[] = [];
  if (p.sessionsToAttend > 0)
    out.push(intl.formatMessage(messages.attend, { toAttend: p.sessionsToAttend, remaining: p.sessionsRemaining }));
  if (p.weeksToPass.length)
    out.push(intl.formatMessage(messages.pass, { count: new Set(p.weeksToPass).size, weeks: weekList(intl, p.weeksToPass) }));
  if (p.coachingToHold > 0) out.push(intl.formatMessage(messages.hold, { count: p.coachingToHold, booked: p.coachingBooked }));
  return out;
}

/**
 * "Still reachable: attend 9 of the 12 remaining sessions, pass weeks 2–7 and hold 2 coaching
 * sessions (1 booked)." or "No longer reachable: …"; `short` starts "Reachable:" (the at-risk list).
 */
export function pathSentence(intl: IntlShape, p: Path, { short = false }: { short?: boolean } = {}): string {
  if (!p.reachable) {
    const why: string[] = [];
    if (p.sessionsToAttend > p.sessionsRemaining)
      why.push(intl.formatMessage(messages.tooFewSessions, { toAttend: p.sessionsToAttend, remaining: p.sessionsRemaining }));
    if (p.weeksLost.length)
      why.push(intl.formatMessage(messages.weeksLost, { count: new Set(p.weeksLost).size, weeks: weekList(intl, p.weeksLost) }));
    if (why.length === 0) why.push(intl.formatMessage(messages.coachingLost));
    return intl.formatMessage(messages.unreachable, { reasons: formatList(why) });
  }
  const needed = steps(intl, p);
  if (needed.length === 0) return intl.formatMessage(messages.allMet);
  return intl.formatMessage(short ? messages.reachableShort : messages.reachable, { steps: formatList(needed) });
}
