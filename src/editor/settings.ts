/**
 * The widget settings as the editor's controls give them, and the check that settings read back
 * from the browser's storage pass before they are used: each must be a value one of the controls
 * could have given. Anything else there (an older version's, a hand-edited or a hostile value) is
 * dropped, named in a message, and the rest is kept.
 */
import { EMBEDDINGS, TAGS } from './snippet.js';
import type { Settings } from './editor.js';

/** The choices of the "Layout" control. */
export const LAYOUTS: [string, string][] = [
  ['auto', 'Automatic: a table where it fits, else one section per path'],
  ['table', 'Always a table'],
  ['stacked', 'Always one section per path'],
];

/** The choices of the "Title heading level" control. */
export const HEADING_LEVELS: [string, string][] = [1, 2, 3, 4, 5, 6].map((n) => [String(n), n === 2 ? '2 (default)' : String(n)]);

const oneOf =
  (values: readonly string[]) =>
  (value: unknown): boolean =>
    typeof value === 'string' && values.includes(value);
const isText = (value: unknown) => typeof value === 'string';
const isFlag = (value: unknown) => typeof value === 'boolean';
const isTexts = (value: unknown) => Array.isArray(value) && value.every(isText);

/** Each setting: what it is called in a message, and the values its control can give. */
const RULES: { [K in keyof Settings]: [name: string, valid: (value: unknown) => boolean] } = {
  tag: ['the widget', oneOf(TAGS)],
  hiddenPaths: ['the paths to show', isTexts],
  hiddenCriteria: ['the rows to show', isTexts],
  highlight: ['the highlighted path', isText],
  layout: ['the layout', oneOf(LAYOUTS.map(([value]) => value))],
  path: ['the path chosen at first', isText],
  syncUrl: ['keeping the choice in the address', isFlag],
  id: ['the element id', isText],
  headingLevel: ['the title heading level', oneOf(HEADING_LEVELS.map(([value]) => value))],
  noTitle: ['no title', isFlag],
  linkParams: ['the link parameters', isText],
  embedding: ['where the snippet keeps the data', oneOf(EMBEDDINGS.map((way) => way.value))],
  src: ['the address of the JSON file', isText],
  embedPage: ['the address of the embed page', isText],
  iframeSrc: ["the address of the frame's JSON file", isText],
  script: ['where the script comes from', oneOf(['beside', 'cdn', 'self'])],
  scriptUrl: ['the address of your copy of the script', isText],
};

/**
 * Settings read back from storage, over `defaults`: each known one that its control could have
 * given is kept, each other one is reset and named in `message` (empty when there is none). A
 * setting that no control gives any longer is left out without a word: `lang`, whose place the
 * dataset's "Language" took (the widget's words follow the dataset's language now).
 */
export function restoreSettings(stored: unknown, defaults: Settings): { settings: Settings; message: string } {
  if (stored === undefined || stored === null) return { settings: { ...defaults }, message: '' };
  if (typeof stored !== 'object' || Array.isArray(stored))
    return { settings: { ...defaults }, message: 'The widget settings saved in this browser could not be used and were reset.' };
  const settings: Record<string, unknown> = { ...defaults };
  const dropped: string[] = [];
  for (const [key, [name, valid]] of Object.entries(RULES)) {
    if (!Object.prototype.hasOwnProperty.call(stored, key)) continue;
    const value = (stored as Record<string, unknown>)[key];
    if (valid(value)) settings[key] = Array.isArray(value) ? [...value] : value;
    else dropped.push(`${name} (${key})`);
  }
  const message = !dropped.length
    ? ''
    : dropped.length === 1
      ? `A setting saved in this browser could not be used and was reset: ${dropped[0]}.`
      : `Settings saved in this browser could not be used and were reset: ${dropped.join(', ')}.`;
  return { settings: settings as unknown as Settings, message };
}
