import { useMutation, useQuery } from '@apollo/client/react';
import type { IntlShape } from 'react-intl';
import {
  MyEnrolmentsDocument,
  SetContentItemCompletedDocument,
  SetOutcomeGoalDocument,
  type LearnerEnrolmentFieldsFragment,
} from '../../../gql/graphql';

export type LearnerEnrolment = LearnerEnrolmentFieldsFragment;
export type LearnerWeek = LearnerEnrolment['weeks'][number];
export type LearnerItem = LearnerWeek['contentItems'][number];

export function useMyEnrolments() {
  return useQuery(MyEnrolmentsDocument, { fetchPolicy: 'cache-and-network' });
}

/** The enrolment as it will be once the item is ticked (or unticked): shown at once, before the API answers. */
export function withItemCompleted(e: LearnerEnrolment, itemId: string, completed: boolean): LearnerEnrolment {
  const weeks = e.weeks.map((w) => ({ ...w, contentItems: w.contentItems.map((c) => (c.id === itemId ? { ...c, completed } : c)) }));
  const completedItems = weeks.reduce((n, w) => n + w.contentItems.filter((c) => c.completed).length, 0);
  return { ...e, weeks, completedItems, progressPercent: e.totalItems ? Math.round((100 * completedItems) / e.totalItems) : 0 };
}

/** Ticks an item as done, optimistically: the tick and the progress move before the API answers, and back if it refuses. */
export function useSetItemCompleted() {
  const [mutate, state] = useMutation(SetContentItemCompletedDocument);
  const run = (enrolment: LearnerEnrolment, itemId: string, completed: boolean) =>
    mutate({
      variables: { enrolmentId: enrolment.id, contentItemId: itemId, completed },
      optimisticResponse: { setContentItemCompleted: withItemCompleted(enrolment, itemId, completed) },
    });
  return [run, state] as const;
}

export function useSetOutcomeGoal() {
  return useMutation(SetOutcomeGoalDocument);
}

/** The week to show first: the current one, else the first before the start or the last after the end. */
export function initialWeek(e: LearnerEnrolment): number {
  const current = e.weeks.find((w) => w.current);
  if (current) return current.week;
  return e.cohort.currentWeek > e.cohort.programme.weeks ? e.cohort.programme.weeks : 1;
}

/** "Week 3 of 7", "Starts 14 Dec 2026", "Finished · 7 weeks", in the display language. */
export function weekLine(intl: IntlShape, e: LearnerEnrolment, startsOn: string): string {
  const { currentWeek, programme } = e.cohort;
  if (currentWeek === 0) return intl.formatMessage({ id: 'learner.weekLine.starts', defaultMessage: 'Starts {date}' }, { date: startsOn });
  if (currentWeek > programme.weeks)
    return intl.formatMessage(
      { id: 'learner.weekLine.finished', defaultMessage: 'Finished · {weeks, number} weeks' },
      { weeks: programme.weeks },
    );
  return intl.formatMessage(
    { id: 'learner.weekLine.week', defaultMessage: 'Week {week, number} of {weeks, number}' },
    { week: currentWeek, weeks: programme.weeks },
  );
}
