import { badInput, commonErrors } from './errors.js';

export const MAX_PAGE_SIZE = 100;

/** Lists are paginated with a capped page size. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1) throw badInput(commonErrors.firstPositive);
  return Math.min(first, MAX_PAGE_SIZE);
}

/** A page of a long list (a cohort's roster, its gradebook): the caller says how many and from where. */
export interface PageArgs {
  first: number;
  offset: number;
  /** a part of a name or email, any case; empty means everyone */
  search?: string;
}

/** Page sizes of the roster and the gradebook: the web asks for 50 learners at a time. */
export const LEARNER_PAGE_DEFAULT = 50;
export const LEARNER_PAGE_MAX = 100;
const MAX_SEARCH_LENGTH = 200;

/**
 * Checks a page request and refuses, rather than quietly shortens, a page above the maximum:
 * a caller that asked for 500 rows and got 100 would believe the list ends there.
 */
export function learnerPage(first: number, offset: number, search?: string | null): PageArgs {
  if (!Number.isInteger(first) || first < 1 || first > LEARNER_PAGE_MAX) {
    throw badInput(commonErrors.firstBetween.with({ max: LEARNER_PAGE_MAX }), { field: 'first', max: LEARNER_PAGE_MAX });
  }
  if (!Number.isInteger(offset) || offset < 0) throw badInput(commonErrors.offsetNotNegative, { field: 'offset' });
  const text = search?.trim() ?? '';
  if (text.length > MAX_SEARCH_LENGTH) throw badInput(commonErrors.searchTooLong.with({ max: MAX_SEARCH_LENGTH }), { field: 'search' });
  return { first, offset, search: text || undefined };
}

/** Checks a page of a list of sessions the same way; refuses a page above `max`. */
export function boundedPage(first: number, offset: number, max: number): { first: number; offset: number } {
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw badInput(commonErrors.firstBetweenSessions.with({ max }), { field: 'first', max });
  if (!Number.isInteger(offset) || offset < 0) throw badInput(commonErrors.offsetNotNegative, { field: 'offset' });
  return { first, offset };
}

/** `%text%` for a LIKE on lower-cased columns, the wildcards of the text escaped (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
