/** Which element an embed address shows, and which of its query parameters the element gets. */

/** The two widgets, by the name the embed address gives them (`widget=compare`). */
export const WIDGETS = {
  compare: 'career-compare',
  picker: 'career-picker',
} as const;

export type Widget = keyof typeof WIDGETS;

const SHARED = ['src', 'lang', 'heading-level', 'no-title', 'link-params'];

/**
 * The attributes an embed address may set, per widget: the element's own, under their own names.
 * Everything else in the address is ignored. `data` is not among them (a dataset travels in the
 * fragment, see fragment.ts), nor `sync-url`, which would write into the frame's own address.
 */
export const ATTRIBUTES: Record<Widget, readonly string[]> = {
  compare: [...SHARED, 'highlight', 'paths', 'criteria', 'layout'],
  picker: [...SHARED, 'path', 'interests', 'selected'],
};

export interface EmbedParams {
  /** The widget named by `widget`, or null when the address names none or an unknown one. */
  widget: Widget | null;
  /** The allowed attributes present in the address, in the widget's order; the first value of each. */
  attributes: [name: string, value: string][];
}

/** Reads an embed page's query string (`?widget=compare&src=…`). */
export function readParams(search: string): EmbedParams {
  const query = new URLSearchParams(search);
  const name = query.get('widget');
  const widget = name !== null && Object.prototype.hasOwnProperty.call(WIDGETS, name) ? (name as Widget) : null;
  const attributes: [string, string][] = [];
  for (const attribute of widget ? ATTRIBUTES[widget] : []) {
    const value = query.get(attribute);
    if (value !== null) attributes.push([attribute, value]);
  }
  return { widget, attributes };
}
