import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;

/** Lists are paginated with a capped page size. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1) throw badInput('first must be a positive number');
  return Math.min(first, MAX_PAGE_SIZE);
}
