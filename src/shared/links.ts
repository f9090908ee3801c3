/**
 * The one way the widgets make a link. URLs come from data typed by people, so a URL is used
 * only when its scheme is known to be harmless.
 */

const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/**
 * Browsers ignore ASCII tabs and newlines anywhere in a URL and trim controls and spaces at
 * its ends (WHATWG URL parsing), so `java\tscript:` must be judged as `javascript:`.
 */
const normalize = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+|[\0- ]+$/g, '');

/** Whether a URL is http(s), mailto, tel or relative: the only links the widgets render. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(normalize(url));
  return !scheme || ALLOWED_SCHEMES.includes(scheme[1].toLowerCase());
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
