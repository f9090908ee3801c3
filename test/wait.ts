import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

type Options = Parameters<typeof waitUntilOpenWc>[2];

/**
 * `waitUntil` from @open-wc/testing, given 5 s instead of 1 s by default. A wait
 * still ends as soon as its condition holds; the longer limit only keeps a slow
 * engine on a busy machine from failing a test that would have passed.
 */
export const waitUntil = (predicate: () => unknown, message?: string, options: Options = {}) =>
  waitUntilOpenWc(predicate, message, { timeout: 5000, ...options });
