import { en, type Words } from './en.js';
import { es } from './es.js';
import type { Dataset } from '../dataset/format.js';

export type { Words };

export const languages: Record<string, Words> = { en, es };

const languageTag = (tag: string) => tag.toLowerCase().split('-')[0];

/** The language of an element: its own `lang`, else the nearest `[lang]` ancestor's, else English. */
export function languageOf(element: Element): string {
  const primary = languageTag(element.closest('[lang]')?.getAttribute('lang') ?? '');
  // An own key only: `lang="constructor"` must not find Object.prototype's.
  return Object.keys(languages).includes(primary) ? primary : 'en';
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
