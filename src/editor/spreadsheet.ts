/**
 * Reading a dataset from a spreadsheet: CSV saved from Excel, Google Sheets or LibreOffice, or
 * cells copied from them (tab-separated). One row per item; the `type` column says what the row
 * is. The layout is described in the README ("Import from a spreadsheet") and in `TEMPLATE`.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import type { Criterion, Dataset } from '../dataset/format.js';
import { validate } from '../dataset/validate.js';
import { pathOf, slug, steps } from './fields.js';

/** The columns, as the header row names them, with what each holds. */
export const COLUMNS = [
  'type',
  'id',
  'name',
  'path',
  'text',
  'note',
  'duties',
  'interests',
  'badge',
  'onet',
  'link text',
  'link',
  'source',
  'source link',
  'source date',
] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['type', 'name'];
const TYPES = ['dataset', 'path', 'criterion', 'interest', 'role'] as const;
type RowType = (typeof TYPES)[number];

/** A row of the template, its cells named by their column: each lands under its own header. */
const templateRow = (cells: Partial<Record<Column, string>>) => COLUMNS.map((column) => cells[column] ?? '');

/** A downloadable example of the layout, ready to fill in. */
export const TEMPLATE: string[][] = [
  [...COLUMNS],
  templateRow({
    type: 'dataset',
    name: 'Nursing vs. Medical Assisting',
    text: 'Two ways into patient care.',
    'link text': 'Talk to an advisor',
    link: 'https://example.edu/advising',
  }),
  templateRow({
    type: 'path',
    id: 'nursing',
    name: 'Nursing',
    text: 'Registered nurses plan and give patient care.',
    badge: 'Our program',
    'link text': 'Explore the nursing degree',
    link: 'https://example.edu/nursing',
  }),
  templateRow({ type: 'path', id: 'assisting', name: 'Medical Assisting', text: 'Medical assistants support doctors in clinics.' }),
  templateRow({ type: 'criterion', id: 'length', name: 'Program length', path: 'nursing', text: '2 years' }),
  templateRow({ type: 'criterion', id: 'length', name: 'Program length', path: 'assisting', text: '1 year' }),
  templateRow({
    type: 'criterion',
    id: 'pay',
    name: 'Median pay',
    text: '$60,000 to $86,000 per year',
    note: 'Median pay of the related occupations, May 2024',
    source: 'Bureau of Labor Statistics',
    'source link': 'https://www.bls.gov/ooh/',
    'source date': '2024-05',
  }),
  templateRow({ type: 'interest', id: 'people', name: 'Working with people' }),
  templateRow({
    type: 'role',
    id: 'rn',
    name: 'Registered nurse',
    path: 'nursing',
    text: 'Cares for patients in a hospital.',
    duties: 'Assess patients\nGive medicines',
    interests: 'people',
    onet: '29-1141.00',
  }),
  templateRow({
    type: 'role',
    id: 'ma',
    name: 'Medical assistant',
    path: 'assisting',
    text: 'Keeps a clinic running.',
    duties: 'Take vital signs\nSchedule visits',
    interests: 'people',
    onet: '31-9092.00',
  }),
];

/** Writes rows as CSV, quoting a cell that holds a comma, a quote or a line break. */
export const toCsv = (rows: string[][]) =>
  rows.map((row) => row.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';

/** A spreadsheet column's letter, as the spreadsheet shows it: 0 is A, 26 is AA. */
const letter = (index: number): string => (index >= 26 ? letter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

export type SheetResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** Whether text holds control characters that no spreadsheet or JSON file has: binary data. */
export const isBinary = (text: string) => /[\0-\x08\x0e-\x1a\ufffd]/.test(text.slice(0, 65536));

/**
 * Reads a spreadsheet into a whole dataset: paths, criteria, interests and roles come from the
 * rows, and a `dataset` row gives the title, introduction, call to action and source. Nothing
 * comes from any other dataset: without a `dataset` row the title is left empty, for the editor
 * to show as a problem to fix. Every problem names its row and column, as the sheet numbers them.
 */
export function readSheet(text: string): SheetResult {
  if (isBinary(text)) return { ok: false, problems: ['This is not a spreadsheet: it holds binary data. Save the sheet as CSV, or copy its cells.'] };
  const first = text.split(/\r?\n/, 1)[0];
  const count = (char: string) => first.split(char).length - 1;
  const delimiter = ['\t', ';', ','].reduce((best, char) => (count(char) > count(best) ? char : best), ',');
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\ufeff/, ''), { delimiter, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    return { ok: false, problems: [`The spreadsheet cannot be read: ${(error as Error).message}`] };
  }
  if (!rows.length) return { ok: false, problems: ['The spreadsheet is empty.'] };

  const header = rows[0].map((cell) => cell.trim().toLowerCase());
  const problems: string[] = [];
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (missing.length)
    return {
      ok: false,
      problems: [
        `Row 1 must name the columns, and has no ${missing.map((column) => `"${column}"`).join(' or ')} column. The columns are: ${COLUMNS.join(', ')}. Download the template to start from.`,
      ],
    };
  header.forEach((name, i) => {
    if (name && !(COLUMNS as readonly string[]).includes(name))
      problems.push(`Row 1, column ${letter(i)} ("${rows[0][i]}"): not a known column. The columns are: ${COLUMNS.join(', ')}.`);
  });
  const at = (column: Column) => header.indexOf(column);
  const where = (row: number, column: Column) => `Row ${row}, column ${at(column) >= 0 ? `${letter(at(column))} ("${column}")` : `"${column}"`}`;

  const dataset: Dataset = { version: 1, title: '', paths: [], criteria: [], interests: [], roles: [] };
  /** Which row and column each JSON path came from, to place the validator's issues. */
  const origin = new Map<string, [row: number, column: Column]>();
  const lines = (value: string) =>
    value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  const rowsOf = rows.slice(1).map((cells, i) => ({ row: i + 2, cell: (column: Column) => (at(column) >= 0 ? (cells[at(column)] ?? '').trim() : '') }));

  const cta = (cell: (column: Column) => string) => (cell('link text') || cell('link') ? { cta: { label: cell('link text'), href: cell('link') } } : {});
  const source = (cell: (column: Column) => string) =>
    cell('source') || cell('source link') || cell('source date')
      ? {
          source: { name: cell('source'), ...(cell('source link') && { url: cell('source link') }), ...(cell('source date') && { date: cell('source date') }) },
        }
      : {};
  const sourceOrigin = (prefix: string, row: number) => {
    origin.set(`${prefix}source.name`, [row, 'source']).set(`${prefix}source.url`, [row, 'source link']).set(`${prefix}source.date`, [row, 'source date']);
    origin.set(`${prefix}cta.label`, [row, 'link text']).set(`${prefix}cta.href`, [row, 'link']);
  };

  // Paths first, so that criteria and roles may name a path by its id or its name.
  const pathId = new Map<string, string>();
  for (const { row, cell } of rowsOf) {
    const type = cell('type').toLowerCase() as RowType;
    if (!cell('type') && COLUMNS.some((column) => cell(column))) problems.push(`${where(row, 'type')}: empty. Say what the row is: ${TYPES.join(', ')}.`);
    else if (cell('type') && !TYPES.includes(type)) problems.push(`${where(row, 'type')}: "${cell('type')}" is not one of ${TYPES.join(', ')}.`);
    if (type !== 'path') continue;
    const id = cell('id') || slug(cell('name'));
    const index = dataset.paths.length;
    dataset.paths.push({
      id,
      name: cell('name'),
      ...(cell('text') && { summary: cell('text') }),
      ...(cell('badge') && { badge: cell('badge') }),
      ...cta(cell),
    });
    for (const [field, column] of [
      ['id', cell('id') ? 'id' : 'name'],
      ['name', 'name'],
      ['summary', 'text'],
      ['badge', 'badge'],
      ['cta', 'link'],
    ] as const)
      origin.set(`paths[${index}].${field}`, [row, column]);
    origin.set(`paths[${index}]`, [row, 'name']);
    sourceOrigin(`paths[${index}].`, row);
    pathId.set(id, id).set(cell('name').toLowerCase(), id);
  }
  const interestId = new Map<string, string>();
  /** Where each criterion is in the list, by id: a criterion may take many rows. */
  const criterionAt = new Map<string, number>();
  const pathNames = dataset.paths.map((path) => `"${path.name}"`).join(', ');
  /** A path's id from its id or name; a name the sheet's paths do not have is a problem. */
  const toPath = (name: string, row: number) => {
    const id = pathId.get(name) ?? pathId.get(name.toLowerCase());
    if (id === undefined && name)
      problems.push(`${where(row, 'path')}: "${name}" is not a path: ${pathNames ? `use one of ${pathNames}` : 'the sheet has no path rows'}.`);
    return id ?? name;
  };
  let given = false;
  for (const { row, cell } of rowsOf) {
    const type = cell('type').toLowerCase();
    const id = cell('id') || slug(cell('name'));
    if (type === 'dataset') {
      given = true;
      Object.assign(dataset, { title: cell('name'), ...(cell('text') && { intro: cell('text') }), ...cta(cell), ...source(cell) });
      origin.set('title', [row, 'name']).set('intro', [row, 'text']);
      sourceOrigin('', row);
    } else if (type === 'interest') {
      const index = dataset.interests!.length;
      dataset.interests!.push({ id, label: cell('name') });
      origin
        .set(`interests[${index}].id`, [row, cell('id') ? 'id' : 'name'])
        .set(`interests[${index}].label`, [row, 'name'])
        .set(`interests[${index}]`, [row, 'name']);
      interestId.set(id, id).set(cell('name').toLowerCase(), id);
    } else if (type === 'criterion') {
      const value = lines(cell('text'));
      const texts = value.length > 1 ? value : (value[0] ?? '');
      let index = criterionAt.get(id);
      if (index === undefined) {
        index = dataset.criteria!.length;
        criterionAt.set(id, index);
        dataset.criteria!.push({ id, label: cell('name') });
        origin
          .set(`criteria[${index}].id`, [row, cell('id') ? 'id' : 'name'])
          .set(`criteria[${index}].label`, [row, 'name'])
          .set(`criteria[${index}]`, [row, 'text']);
      }
      const criterion = dataset.criteria![index];
      // One note qualifies the whole criterion and one source backs it, whichever of its rows
      // gives them: a later row may repeat them, not change them.
      const once = <Field extends 'note' | 'source'>(field: Field, value: Criterion[Field], first: string, placed: () => void) => {
        const from = origin.get(first);
        if (value === undefined) return;
        if (!from) {
          criterion[field] = value;
          placed();
        } else if (JSON.stringify(value) !== JSON.stringify(criterion[field]))
          problems.push(
            `${where(row, field)}: a different ${field} from the one row ${from[0]} gives this criterion. A criterion has one ${field}: give it on one of its rows, or the same on each.`,
          );
      };
      once('note', cell('note') || undefined, `criteria[${index}].note`, () => origin.set(`criteria[${index}].note`, [row, 'note']));
      once('source', source(cell).source, `criteria[${index}].source.name`, () => sourceOrigin(`criteria[${index}].`, row));
      if (cell('path')) {
        const path = toPath(cell('path'), row);
        criterion.values = { ...criterion.values, [path]: texts };
        origin.set(`criteria[${index}].values.${path}`, [row, 'path']);
        for (let i = 0; i < value.length; i++) origin.set(`criteria[${index}].values.${path}[${i}]`, [row, 'text']);
      } else {
        criterion.value = texts;
        origin.set(`criteria[${index}].value`, [row, 'text']);
      }
    }
  }
  for (const { row, cell } of rowsOf) {
    if (cell('type').toLowerCase() !== 'role') continue;
    const index = dataset.roles!.length;
    const duties = lines(cell('duties'));
    const interests = cell('interests')
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => interestId.get(name) ?? interestId.get(name.toLowerCase()) ?? name);
    dataset.roles!.push({
      id: cell('id') || slug(cell('name')),
      title: cell('name'),
      path: toPath(cell('path'), row),
      ...(cell('text') && { summary: cell('text') }),
      ...(duties.length && { duties }),
      ...(interests.length && { interests }),
      ...(cell('onet') && { onet: cell('onet') }),
      ...cta(cell),
    });
    for (const [field, column] of [
      ['id', cell('id') ? 'id' : 'name'],
      ['title', 'name'],
      ['path', 'path'],
      ['summary', 'text'],
      ['duties', 'duties'],
      ['interests', 'interests'],
      ['onet', 'onet'],
    ] as const)
      origin.set(`roles[${index}].${field}`, [row, column]);
    origin.set(`roles[${index}]`, [row, 'name']);
    sourceOrigin(`roles[${index}].`, row);
  }
  for (const list of ['criteria', 'interests', 'roles'] as const) if (!dataset[list]!.length) delete dataset[list];

  if (!problems.length) {
    // A title the sheet does not give is no reason to refuse it: the editor asks for one.
    const result = validate(given ? dataset : { ...dataset, title: 'Untitled' });
    if (result.ok) return { ok: true, dataset: given ? result.dataset : { ...result.dataset, title: '' } };
    for (const issue of result.issues) {
      // The issue's own path, else the nearest one above it that a row gave.
      const parts = steps(issue.path);
      let found: [number, Column] | undefined;
      while (parts.length && !found) {
        found = origin.get(pathOf(parts));
        parts.pop();
      }
      const message = issue.message === 'is required' || issue.message === 'should not be empty' ? 'is empty' : issue.message;
      problems.push(found ? `${where(found[0], found[1])}: ${message}` : `${issue.path || 'The spreadsheet'}: ${message}`);
    }
  }
  return { ok: false, problems };
}
