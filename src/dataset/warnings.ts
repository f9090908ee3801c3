import { datasetRule, type Rule } from './format.js';
import type { DataIssue } from '../shared/events.js';
import { quote } from './validate.js';

/**
 * Warnings are worth a look but never make a dataset invalid, so the elements never compute
 * them: only the command line and the editor, which help people keep their data current, do.
 */

/** How old a source may be before a warning says its figures may be out of date. */
const SOURCE_YEARS = 3;

/** The day after the period a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date names, or null for other text. */
function periodEnd(date: string): Date | null {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!parts) return null;
  const [year, month, day] = parts.slice(1).map(Number);
  if (day) return new Date(Date.UTC(year, month - 1, day + 1));
  if (month) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year + 1, 0, 1));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON path for people to read, such as `criteria[1].source.date`, as the validator writes it. */
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * The warnings about a parsed dataset, each with the JSON path of its field: for now, every
 * source dated more than three years before `today`. Works on an invalid dataset too, reading
 * what it can; never throws on JSON.
 */
export function warnings(data: unknown, today = new Date()): DataIssue[] {
  const found: DataIssue[] = [];
  const limit = new Date(today);
  limit.setUTCFullYear(limit.getUTCFullYear() - SOURCE_YEARS);

  const visit = (rule: Rule, value: unknown, path: string): void => {
    if (rule.type === 'date' && typeof value === 'string') {
      const end = periodEnd(value);
      if (end && end < limit) found.push({ path, message: `${quote(value)} is more than ${SOURCE_YEARS} years ago: check for newer figures` });
    } else if (rule.type === 'list' && Array.isArray(value)) {
      value.forEach((item, i) => visit(rule.of, item, join(path, i)));
    } else if (rule.type === 'record' && isObject(value)) {
      for (const [key, item] of Object.entries(value)) visit(rule.of, item, join(path, key));
    } else if (rule.type === 'object' && isObject(value)) {
      for (const [key, fieldRule] of Object.entries(rule.fields)) if (value[key] !== undefined) visit(fieldRule, value[key], join(path, key));
    }
  };

  visit(datasetRule, data, '');
  return found;
}
