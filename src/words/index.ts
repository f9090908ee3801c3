import { en, type Words } from './en.js';
import { es } from './es.js';
import type { Dataset } from '../dataset/format.js';

export type { Words };

export const languages: Record<string, Words> = { en, es };

const languageTag = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The language of the built-in words: the first of the given language tags (most specific
 * first: the element's `lang`, the dataset's, the page's) that has built-in words, else English.
 */
export function languageFrom(...tags: (string | null | undefined)[]): string {
  // Own keys only: `lang="constructor"` must not find Object.prototype's.
  return tags.map((tag) => languageTag(tag ?? '')).find((primary) => Object.keys(languages).includes(primary)) ?? 'en';
}

/** The language an element's content inherits from the page: the nearest `[lang]`'s, itself included. */
export const inheritedLanguage = (element: Element) => element.closest('[lang]')?.getAttribute('lang') ?? '';

/**
 * The `lang` and `dir` to mark content written in `lang` with, inside content in `inherited`;
 * none when both are the same language (WCAG 2.2, 3.1.2 Language of Parts).
 */
export function languageMark(lang: string | undefined, inherited: string): { lang: string; dir: 'ltr' | 'rtl' } | undefined {
  if (!lang || languageTag(lang) === languageTag(inherited)) return undefined;
  return { lang, dir: /^(ar|dv|fa|he|ps|sd|ug|ur|yi)$/.test(languageTag(lang)) ? 'rtl' : 'ltr' };
}

/** The built-in words of a language, with the dataset's own `strings` where they apply. */
export function wordsFor(lang: string, dataset?: Dataset): Words {
  const strings = dataset?.strings && (!dataset.lang || languageTag(dataset.lang) === lang) ? dataset.strings : {};
  const words = { ...languages[lang] };
  for (const key of Object.keys(words) as (keyof Words)[]) if (typeof strings[key] === 'string') words[key] = strings[key];
  return words;
}

/** Puts a number into a word such as "{n} roles match". */
export const count = (word: string, n: number) => word.replace('{n}', String(n));
