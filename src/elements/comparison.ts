import type { Criterion, Cta, Dataset, Path, Source, Texts } from '../dataset/format.js';
import { pick } from '../shared/ids.js';
import { isSafeUrl } from '../shared/links.js';
import type { Words } from '../words/index.js';

/** One row of the comparison: a criterion, or the generated roles row. */
export interface ComparisonRow {
  id: string;
  label: string;
  source?: Source;
  /** What qualifies the figure, shown with the value. */
  note?: string;
  /** One value shared by every path: one cell across the columns. */
  shared: boolean;
  /** The value under each shown path, in the order of `paths`; `undefined` where there is none. */
  cells: (Texts | undefined)[];
}

/** What a comparison shows, decided once for every way of drawing it. */
export interface Comparison {
  /** The paths shown as columns, in order. */
  paths: Path[];
  /** The id of the highlighted path, when it is shown. */
  highlight?: string;
  /** Whether any shown path has a summary: then the summaries get a row of their own. */
  summaries: boolean;
  rows: ComparisonRow[];
  /** Each shown path's call to action, where it has one with an allowed URL. */
  ctas: (Cta | undefined)[];
}

export interface ComparisonChoice {
  /** Path ids, in order; empty for every path. */
  paths: string[];
  /** Criterion ids (`roles` for the roles row), in order; empty for every criterion, then the roles. */
  criteria: string[];
  highlight?: string;
}

// "constructor" and "toString" are valid ids: only an object's own keys count, never its prototype's.
const own = (record: object | undefined, key: string) => !!record && Object.prototype.hasOwnProperty.call(record, key);

/** No value: nothing given, or an empty list. */
const present = (value: Texts | undefined) => (Array.isArray(value) && !value.length ? undefined : value);

/**
 * The comparison of a dataset's paths: which paths, which rows, which value in each cell, the
 * roles row and the calls to action. `<career-compare>` and the builder's static fallback both
 * draw it, so that they cannot disagree.
 */
export function comparison(dataset: Dataset, words: Pick<Words, 'roles'>, choice: ComparisonChoice): Comparison {
  const paths = pick(dataset.paths, choice.paths);
  const roles = dataset.roles ?? [];
  const rolesRow: Criterion = { id: 'roles', label: words.roles };
  const criteria = pick([...(dataset.criteria ?? []), rolesRow], choice.criteria);
  const rows = criteria.map((criterion): ComparisonRow => {
    const { id, label, source, note, value, values } = criterion;
    const row = { id, label, source, note };
    if (criterion === rolesRow)
      return { ...row, shared: false, cells: paths.map((path) => present(roles.filter((role) => role.path === path.id).map((role) => role.title))) };
    if (value !== undefined) return { ...row, shared: true, cells: paths.map(() => present(value)) };
    return { ...row, shared: false, cells: paths.map((path) => (own(values, path.id) ? present(values![path.id]) : undefined)) };
  });
  return {
    paths,
    highlight: paths.some((path) => path.id === choice.highlight) ? choice.highlight : undefined,
    summaries: paths.some((path) => path.summary),
    rows,
    ctas: paths.map((path) => (path.cta && isSafeUrl(path.cta.href) ? path.cta : undefined)),
  };
}
