import type { Role } from '../dataset/format.js';

export interface Ranked {
  role: Role;
  /** The chosen interest ids that this role matches, in the order they were chosen. */
  matched: string[];
}

/**
 * The roles of a path (every path when `pathId` is null) ordered by how many chosen interests
 * each matches, most first, ties in data order. With no interest chosen, every role of the
 * path in data order, each with no match.
 */
export function rank(roles: Role[], pathId: string | null, interests: string[]): Ranked[] {
  return roles
    .filter((role) => pathId === null || role.path === pathId)
    .map((role) => ({ role, matched: interests.filter((id) => role.interests?.includes(id)) }))
    .sort((a, b) => b.matched.length - a.matched.length);
}

/** A result list: the roles that match (every role of the path when no interest is chosen), then the others. */
export interface Results {
  matching: Ranked[];
  others: Ranked[];
}

/** Ranks the roles once and splits them into those that match a chosen interest and the others. */
export function resultsFor(roles: Role[], pathId: string | null, interests: string[]): Results {
  const ranked = rank(roles, pathId, interests);
  const matches = (result: Ranked) => result.matched.length > 0 || interests.length === 0;
  return { matching: ranked.filter(matches), others: ranked.filter((result) => !matches(result)) };
}
