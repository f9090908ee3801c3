/**
 * Files and imports: a JSON file opened or dropped, a spreadsheet imported or its cells pasted.
 * Each is read into a whole dataset, or refused with what is wrong; and before it replaces the
 * work, the editor asks with `replaceQuestion()`, which says what goes and what comes.
 */
import type { Dataset } from '../dataset/format.js';
import { parseJsonWithPosition } from '../dataset/json-position.js';
import { blank, plural } from './fields.js';
import { isBinary, readSheet } from './spreadsheet.js';

/** The largest file the editor opens: a dataset of 1,000 roles is about half a megabyte. */
export const FILE_LIMIT = 5 * 1024 * 1024;

/** What a file or pasted cells gave: a dataset and where it came from, or why not. */
export type Loaded = { ok: true; dataset: Dataset; from: string; done: string } | { ok: false; problems: string[] };

/** The one sentence that ends every refusal. */
export const UNCHANGED = 'Nothing was changed.';

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
/** A refusal in one sentence, or a sheet's problems listed: either way, said to change nothing. */
const refused = (problem: string): Loaded => ({ ok: false, problems: [`${problem} ${UNCHANGED}`] });

/** Whether a file is a spreadsheet (CSV, TSV or text) rather than a JSON dataset. */
export const isSheetFile = (file: File) => /\.(csv|tsv|txt)$/i.test(file.name) || /^text\/(csv|tab-separated-values|plain)/.test(file.type);

/** Reads a JSON file into a dataset: a file too large, binary, malformed or not an object is refused. */
export async function readJsonFile(file: File): Promise<Loaded> {
  const name = `"${file.name}"`;
  if (file.size > FILE_LIMIT) return refused(`${name} is ${megabytes(file.size)}: too large for a dataset (the limit is ${FILE_LIMIT / 1048576} MB).`);
  const text = await file.text();
  if (isBinary(text)) return refused(`${name} is not a JSON file: it holds binary data.`);
  const parsed = parseJsonWithPosition(text, file.name);
  if (!parsed.ok) return refused(`${parsed.issue.message}.`);
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
    return refused(`${name} holds JSON, but not a dataset: a dataset is an object ({ … }).`);
  return { ok: true, dataset: parsed.value as Dataset, from: name, done: `Opened ${name}.` };
}

/** Reads a spreadsheet file, or cells pasted from one, into a dataset. */
export async function readSheetFrom(source: File | string): Promise<Loaded> {
  const pasted = typeof source === 'string';
  // Pasted cells have the file's limit too, counted in UTF-8 bytes as a file's size is.
  const size = pasted ? new Blob([source]).size : source.size;
  const what = pasted ? 'The pasted cells are' : `"${source.name}" is`;
  if (size > FILE_LIMIT) return refused(`${what} ${megabytes(size)}: too large for a spreadsheet of career data (the limit is ${FILE_LIMIT / 1048576} MB).`);
  const text = pasted ? source : await source.text();
  if (!text.trim()) return refused(pasted ? 'There is nothing to import: paste the cells first.' : `"${source.name}" is empty.`);
  const result = readSheet(text);
  if (!result.ok) return { ok: false, problems: [...result.problems, UNCHANGED] };
  const dataset = result.dataset;
  return { ok: true, dataset, from: pasted ? 'the pasted cells' : `"${source.name}"`, done: `Imported ${contents(dataset)}.` };
}

const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);

/** What a dataset holds, as counts: "2 paths, 3 criteria, 1 interest and 4 roles". */
export function contents(dataset: Dataset) {
  const counts = [
    plural(count(dataset.paths), 'path'),
    plural(count(dataset.criteria), 'criterion', 'criteria'),
    plural(count(dataset.interests), 'interest'),
    plural(count(dataset.roles), 'role'),
  ];
  return `${counts.slice(0, -1).join(', ')} and ${counts[counts.length - 1]}`;
}

/** Whether a dataset is blank: no work to lose. */
export const isBlank = (dataset: Dataset) => JSON.stringify(dataset) === JSON.stringify(blank());

/** A dataset as the question names it: its title if it has one, and what it holds. */
const described = (dataset: Dataset) =>
  typeof dataset.title === 'string' && dataset.title.trim() ? `"${dataset.title}" (${contents(dataset)})` : contents(dataset);

/** The parts of a dataset, besides its lists, that a replacement may leave empty. */
const PARTS = [
  ['title', 'title'],
  ['intro', 'introduction'],
  ['cta', 'call to action'],
  ['source', 'source'],
] as const;

/**
 * What replacing `current` with `next` changes, in words, for the question asked before it:
 * what goes, what comes and from where, and which of the dataset's own parts end up empty.
 */
export function replaceQuestion(current: Dataset, next: Dataset, from: string) {
  const lost = PARTS.filter(([part]) => current[part] !== undefined && current[part] !== '' && (next[part] === undefined || next[part] === ''));
  const emptied = lost.map(([, words]) => words);
  const list = emptied.length > 1 ? `${emptied.slice(0, -1).join(', ')} and ${emptied[emptied.length - 1]}` : emptied[0];
  return [
    `This replaces ${described(current)} with ${isBlank(next) ? 'a blank dataset' : described(next)}${from ? ` from ${from}` : ''}.`,
    ...(list && !isBlank(next) ? [`It gives no ${list}: ${emptied.length > 1 ? 'they are' : 'it is'} left empty.`] : []),
    'You can undo it afterwards.',
  ].join(' ');
}
