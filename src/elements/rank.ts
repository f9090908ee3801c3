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
