/**
 * The editor's words for problems: what a school's web editor is asked to do, where the validator
 * (whose messages the elements, the CLI and the contract keep) says what is wrong in a
 * developer's words. Also the editor's own checks on what people type: links that lack their
 * `https://`, language codes, and the address of the embed page. All pure.
 */
import type { Dataset } from '../dataset/format.js';
import type { DataIssue } from '../dataset/validate.js';
import { LISTS, slug, type List } from './fields.js';

/** What to ask for when a field is empty, by the pattern of its JSON path. */
const NEEDED: [RegExp, string][] = [
  [/^title$/, 'Give the comparison a title'],
  [/^paths\[\d+\]\.name$/, 'Give the path a name'],
  [/^paths\[\d+\]\.id$/, 'Give the path an id (under More options)'],
  [/^criteria\[\d+\]\.label$/, 'Give the criterion a label'],
  [/^criteria\[\d+\]\.id$/, 'Give the criterion an id (under More options)'],
  [/^interests\[\d+\]\.label$/, 'Give the interest a label'],
  [/^interests\[\d+\]\.id$/, 'Give the interest an id (under More options)'],
  [/^roles\[\d+\]\.title$/, 'Give the role a title'],
  [/^roles\[\d+\]\.id$/, 'Give the role an id'],
  [/^roles\[\d+\]\.path$/, 'Choose the path this role is on'],
  [/^(\w+\[\d+\]\.)?cta\.label$/, 'Give the call to action its words'],
  [/^(\w+\[\d+\]\.)?cta\.href$/, 'Give the call to action a link'],
  [/^(\w+\[\d+\]\.)?source\.name$/, 'Name the source'],
];

/** Whether `issue` says that something is missing (an empty title, no path yet), not wrong. */
export const isMissing = (issue: DataIssue) =>
  issue.message === 'should not be empty' ||
  issue.message === 'is required' ||
  issue.message.startsWith('should have at least ') ||
  issue.message.startsWith('needs ');

/** The value a validator message quotes, such as `"Our Program"`, or `undefined` when it is cut short. */
function quoted(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const names = (dataset: Dataset) => (Array.isArray(dataset?.paths) ? dataset.paths : []).map((path) => `"${String(path?.name || path?.id)}"`);
const either = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The problem `issue` as the field at `field` (a JSON path, as `fieldOf` gives) says it to a web
 * editor. A message it does not know is given as the validator wrote it.
 */
export function plainProblem(issue: DataIssue, field: string, dataset: Dataset): string {
  const message = issue.message;
  if (message === 'should not be empty' || message === 'is required')
    return (
      NEEDED.find(([pattern]) => pattern.test(field))?.[1] ?? (message === 'is required' && field !== issue.path ? 'Fill in what is missing' : 'Fill this in')
    );
  const fewest = message.match(/^should have at least (\d+) item$/);
  if (fewest) return `Add at least ${fewest[1] === '1' ? 'one' : fewest[1]} ${LISTS[field as List] ?? 'item'}`;
  if (message.startsWith('needs "value')) return 'Give this criterion a value for each path, or one for every path';
  /** The quoted value before `words` in the message, if the message says `words`. */
  const before = (words: string) => {
    const at = message.indexOf(` ${words}`);
    return at > 0 ? message.slice(0, at) : undefined;
  };
  const invalidId = before('is not a valid id');
  if (invalidId !== undefined) {
    const typed = quoted(invalidId);
    const better = typeof typed === 'string' && slug(typed) ? `, such as "${slug(typed)}"` : '';
    return `Use only lowercase letters, digits and "-" in an id${better}`;
  }
  const twice = before('is used twice in ');
  if (twice !== undefined) return `Another ${LISTS[message.slice(message.lastIndexOf(' ') + 1) as List] ?? 'item'} has the id ${twice}: give each its own`;
  const reserved = before('is reserved');
  if (reserved !== undefined) return `${reserved} is kept for the widget's own use: choose another id`;
  if (before('is not an allowed link') !== undefined)
    return 'This link cannot be used: start it with https://, or give a page of your site (/apply), mailto: or tel:';
  const noPath = message.endsWith(' is not a path id') ? before('is not a path id') : undefined;
  if (noPath !== undefined) return `${noPath} is not one of the paths: choose ${either(names(dataset)) || 'a path (add one first)'}`;
  const noInterest = message.endsWith(' is not an interest id') ? before('is not an interest id') : undefined;
  if (noInterest !== undefined) return `${noInterest} is not one of the interests: tick the interests listed here`;
  if (before('should be an O*NET-SOC code') !== undefined) return 'Write the O*NET code as in 29-1141.00, or leave it empty';
  const not = message.lastIndexOf(', not ');
  if (message.startsWith('should be ') && not > 0) {
    const [belongs, holds] = [message.slice('should be '.length, not), message.slice(not + ', not '.length)];
    return belongs === 'true or false' ? `Tick or clear this box: it holds ${holds} instead` : `This holds ${holds} where ${belongs} belongs: type it again`;
  }
  if (before('is not a supported version') !== undefined) return 'The data is in a format version this editor does not read: set "version" to 1';
  return capital(message);
}

/**
 * The link a typed address most likely means, when it is a web address without its `https://`
 * (`www.riverbend.edu/nursing`, `riverbend.edu`): as typed, it would be a link relative to the
 * page, and broken. `undefined` for every other address.
 */
export function linkSuggestion(value: string): string | undefined {
  const typed = value.trim();
  if (/^www\./i.test(typed) || /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/|$)/i.test(typed))
    if (!/\.(html?|php|aspx?|json|pdf)$/i.test(typed.split(/[?#]/)[0])) return `https://${typed}`;
  return undefined;
}

/** The language the dataset can be written in, as the "Language" control offers it. */
export const LANGUAGES: { code: string; name: string; lang?: string }[] = [
  { code: '', name: "Not set: the page's language" },
  { code: 'en', name: 'English', lang: 'en' },
  { code: 'es', name: 'Español', lang: 'es' },
];

/** Names people type where a code belongs, and the code they mean. */
const NAMED: Record<string, string> = {
  english: 'en',
  inglés: 'en',
  ingles: 'en',
  spanish: 'es',
  español: 'es',
  espanol: 'es',
  castellano: 'es',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  german: 'de',
  deutsch: 'de',
  portuguese: 'pt',
  português: 'pt',
  chinese: 'zh',
  vietnamese: 'vi',
  arabic: 'ar',
  korean: 'ko',
};

/**
 * A language code as a BCP 47 tag in its usual case (`pt-BR`), or why it is none: a primary
 * language of two or three letters, as the tags of the web's languages have. A language's name
 * (`English`) is refused, with the code it stands for.
 */
export function languageCode(typed: string): { code: string } | { problem: string; suggestion?: string } {
  const text = typed.trim();
  const meant = NAMED[text.toLowerCase()];
  if (meant) return { problem: `"${text}" is the name of a language: its code is ${meant}.`, suggestion: meant };
  if (!text) return { problem: 'Give the code of the language, such as fr for French.' };
  try {
    const [code] = Intl.getCanonicalLocales(text);
    if (/^[a-z]{2,3}(-|$)/.test(code)) return { code };
  } catch {
    // Not a tag at all: said below.
  }
  return { problem: `"${text}" is not a language code: use a code such as fr for French or pt-BR for Portuguese as spoken in Brazil.` };
}

/**
 * Why the address of the embed page cannot be used, or `''`: visitors reach it only over
 * `https:`, or on the editor's own site (`origin`), never on this computer's disk.
 */
export function embedPageProblem(typed: string, origin: string): string {
  const text = typed.trim();
  if (!text) return '';
  const local = /^[a-z]:[\\/]|^\\\\|^file:/i.test(text);
  let url: URL | undefined;
  try {
    url = new URL(text, origin);
  } catch {
    url = undefined;
  }
  if (local || url?.protocol === 'file:')
    return 'This is a file on your computer, which visitors cannot reach: put embed.html on your web server and give its https:// address.';
  if (!url || (url.protocol !== 'https:' && url.origin !== origin))
    return 'Give a web address that starts with https://, such as https://www.example.edu/career-paths/embed.html.';
  return '';
}
