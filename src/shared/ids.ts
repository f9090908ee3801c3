/** Splits a space-separated attribute such as `paths="management administration"` into its ids. */
export const ids = (value?: string | null): string[] => (value ?? '').split(/\s+/).filter(Boolean);

/**
 * The items named by `chosen`, in that order; every item when nothing is chosen, or when nothing
 * chosen is known. The element reports unknown ids; a static fallback made from a mistyped
 * attribute then shows everything, not a table without columns.
 */
export function pick<T extends { id: string }>(items: T[], chosen: string[]): T[] {
  const picked = chosen.map((id) => items.find((item) => item.id === id)).filter((item): item is T => !!item);
  return picked.length ? picked : items;
}

/** Issues for the ids in `named` that `items` lack, reported under the attribute's name. */
export function unknownIds(attribute: string, named: string[], items: { id: string }[] = [], kind: string) {
  // Most often nothing is named: no set of a thousand role ids to make on every update.
  return named.filter((id) => !items.some((item) => item.id === id)).map((id) => ({ path: attribute, message: `"${id}" is not ${kind} id` }));
}
