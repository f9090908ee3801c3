/**
 * A picker's choice in the URL fragment, so that a link or a reload restores it. The fragment is a
 * list of `&`-separated entries; a picker's entry is its `id`, `=`, then its fields:
 * `#intro&picker=path:management,interests:strategy+finance,role:hospital-administrator`.
 * Ids in the data cannot hold `&`, `=`, `,`, `:` or `+`, so nothing needs escaping but the
 * element's id. Every other entry (other pickers, a plain anchor) is kept as it is.
 */
export interface PickerState {
  path?: string;
  interests: string[];
  role?: string;
}

const entries = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean);
const key = (id: string) => `${encodeURIComponent(id)}=`;

/** The state of the picker with this `id`, or undefined when the fragment has no entry for it. */
export function readState(hash: string, id: string): PickerState | undefined {
  const entry = entries(hash).find((e) => e.startsWith(key(id)));
  if (entry === undefined) return;
  const fields: Record<string, string> = Object.fromEntries(
    entry
      .slice(key(id).length)
      .split(',')
      .map((f) => f.split(':')),
  );
  return { path: fields.path || undefined, interests: (fields.interests ?? '').split('+').filter(Boolean), role: fields.role || undefined };
}

/** The fragment (without `#`) with the picker's entry replaced in place, added, or removed when empty. */
export function writeState(hash: string, id: string, state: PickerState): string {
  const list = entries(hash);
  const at = list.findIndex((e) => e.startsWith(key(id)));
  const fields = Object.entries({ path: state.path, interests: state.interests.join('+'), role: state.role })
    .filter(([, value]) => value)
    .map((field) => field.join(':'));
  const entry = fields.length ? [key(id) + fields.join(',')] : [];
  if (at < 0) list.push(...entry);
  else list.splice(at, 1, ...entry);
  return list.join('&');
}
