/**
 * How text is written into the HTML of a snippet. Everything in a dataset is typed by people,
 * so every text and attribute value goes through one of these.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c]);

/**
 * Makes JSON text safe inside `<script type="application/json">`: the content of a script ends
 * at the first `</script`, and `<!--` switches the parser into a state where it may not end at
 * all (https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements).
 * `<` appears in JSON only inside strings, where `\/` and `\u003c` read back as `/` and `<`.
 */
export const scriptJson = (json: string): string => json.replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');

/** An element's attributes in snippet order: a text value, or `true` for a boolean attribute. */
export type Attributes = Record<string, string | true>;

/** Writes attributes as HTML, each value escaped and double-quoted. */
export const attributeHtml = (attributes: Attributes): string =>
  Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
