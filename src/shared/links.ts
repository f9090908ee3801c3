/**
 * The one way the widgets make a link. URLs come from data typed by people, so a URL is used
 * only when its scheme is known to be harmless.
 */

/** The schemes a link may have; a URL without a scheme (a relative one) is allowed too. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/**
 * Browsers trim controls and spaces at a URL's start and ignore ASCII tabs and newlines anywhere
 * in it (https://url.spec.whatwg.org/#concept-basic-url-parser), so `java\tscript:` and
 * `\u0001javascript:` are `javascript:` links, while `\u00a0javascript:` is a relative one.
 */
const ignored = '[\\t\\n\\r]*';
const anyCase = (scheme: string) => [...scheme].map((char) => `[${char}${char.toUpperCase()}]`).join(ignored);

/**
 * A safe URL, as a regular expression that JSON Schema can hold too: one whose scheme, read the
 * way a browser reads it, is allowed, or that has none. The validator, the links and
 * `data/schema.json` all use this one definition.
 */
export const SAFE_URL_PATTERN = `^(?![\\u0000-\\u0020]*(?!(?:${ALLOWED_SCHEMES.map(anyCase).join('|')})${ignored}:)[A-Za-z](?:${ignored}[A-Za-z0-9+.-])*${ignored}:)`;

const safeUrl = new RegExp(SAFE_URL_PATTERN);

/** Whether a URL is http(s), mailto, tel or relative: the only links the widgets render. */
export const isSafeUrl = (url: string): boolean => safeUrl.test(url);

/**
 * The URL as a browser reads it: tabs and newlines left out, controls and spaces trimmed. Trimmed
 * by counting, not with a pattern: `[\0- ]+$` backtracks quadratically on a long run of spaces.
 */
function normalize(url: string): string {
  const text = url.replace(/[\t\n\r]/g, '');
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

/**
 * Appends a query string (such as `utm_source=site`) to a web link, before its fragment.
 * `mailto:` and `tel:` links are left alone: a query there would change the message or number.
 */
export function withParams(url: string, params = ''): string {
  params = params.trim().replace(/^[?&]+/, '');
  if (!params || /^(mailto|tel):/i.test(normalize(url))) return url;
  const hash = url.indexOf('#');
  const [base, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const joiner = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&';
  return base + joiner + params + fragment;
}
