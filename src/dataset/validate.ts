import { datasetRule, ID_PATTERN, type Dataset, type IdList, type Rule } from './format.js';
import { ALLOWED_SCHEMES, isSafeUrl } from '../shared/links.js';
import type { DataIssue } from '../shared/events.js';

export type { DataIssue };

/** The verdict on a dataset. `warnings()` in `warnings.ts` gives what is worth a look besides. */
export type Validation = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

const idPattern = new RegExp(ID_PATTERN);

/** Shows a value from the data inside a message, shortened so one bad field cannot flood it. */
export const quote = (value: unknown): string => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? json.slice(0, 39) + '…"' : json;
};

const kinds: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object' };
const kindOf = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : kinds[typeof value]);

/** A JSON path for people to read, such as `roles[3].path`. */
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

const singular: Record<IdList, string> = { paths: 'a path', interests: 'an interest' };

/**
 * Checks a parsed JSON value against the dataset format and returns every issue, each with the
 * JSON path of the offending field. Never throws, whatever it is given.
 */
export function validate(data: unknown): Validation {
  const issues: DataIssue[] = [];
  const refs: { to: IdList; value: string; path: string }[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const check = (rule: Rule, value: unknown, path: string): void => {
    const isText = typeof value === 'string';
    /** The issue of a value of the wrong kind, such as a number where text belongs. */
    const expected = (kind: string) => add(path, `should be ${kind}, not ${kindOf(value)}`);
    switch (rule.type) {
      case 'text':
      case 'date':
        if (!isText) expected('text');
        else if (rule.type === 'text' && rule.nonEmpty && !/\S/.test(value)) add(path, 'should not be empty');
        return;
      case 'id':
        if (!isText) expected('an id (text)');
        else if (!idPattern.test(value)) add(path, `${quote(value)} is not a valid id: use lowercase letters, digits and "-"`);
        else if (value === rule.not) add(path, `${quote(value)} is reserved and cannot be used as an id here`);
        return;
      case 'url':
        if (!isText) expected('a URL (text)');
        else if (!isSafeUrl(value)) add(path, `${quote(value)} is not an allowed link: use ${ALLOWED_SCHEMES.join(', ')} or a relative URL`);
        return;
      case 'ref':
        if (!isText) expected(`${singular[rule.to]} id (text)`);
        else refs.push({ to: rule.to, value, path });
        return;
      case 'pattern':
        if (!isText || !new RegExp(rule.pattern).test(value)) add(path, `${quote(value)} should be ${rule.hint}`);
        return;
      case 'version':
        if (value !== 1) add(path, `${quote(value)} is not a supported version: use 1`);
        return;
      case 'flag':
        if (typeof value !== 'boolean') expected('true or false');
        return;
      case 'texts':
        if (Array.isArray(value)) value.forEach((item, i) => check({ type: 'text' }, item, join(path, i)));
        else if (!isText) expected('text or a list of texts');
        return;
      case 'list': {
        if (!Array.isArray(value)) {
          expected('a list');
          return;
        }
        if (value.length < (rule.min ?? 0)) add(path, `should have at least ${rule.min} item`);
        const seen = new Set<unknown>();
        value.forEach((item, i) => {
          check(rule.of, item, join(path, i));
          const itemId = (item as { id?: unknown } | null)?.id;
          if (typeof itemId !== 'string') return;
          if (seen.has(itemId)) add(join(join(path, i), 'id'), `${quote(itemId)} is used twice in ${path}`);
          seen.add(itemId);
        });
        return;
      }
      case 'record':
      case 'object': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          expected('an object');
          return;
        }
        const fields = value as Record<string, unknown>;
        if (rule.type === 'record') {
          for (const [key, item] of Object.entries(fields)) {
            if (rule.keys) refs.push({ to: rule.keys, value: key, path: join(path, key) });
            check(rule.of, item, join(path, key));
          }
          return;
        }
        for (const key of rule.required) if (fields[key] === undefined) add(join(path, key), 'is required');
        if (rule.oneOf && !rule.oneOf.some((key) => fields[key] !== undefined)) add(path, `needs ${rule.oneOf.map((key) => `"${key}"`).join(' or ')}`);
        for (const [key, fieldRule] of Object.entries(rule.fields)) if (fields[key] !== undefined) check(fieldRule, fields[key], join(path, key));
        return;
      }
    }
  };

  try {
    check(datasetRule, data, '');
    if (issues.length && issues[0].path === '') return { ok: false, issues };

    const known = (list: IdList) => {
      const items = (data as Record<string, unknown>)[list];
      return new Set(Array.isArray(items) ? items.map((item) => (item as { id?: unknown } | null)?.id) : []);
    };
    const ids = { paths: known('paths'), interests: known('interests') };
    for (const ref of refs) if (!ids[ref.to].has(ref.value)) add(ref.path, `${quote(ref.value)} is not ${singular[ref.to]} id`);
  } catch {
    // Only an object built in code (a cycle, a BigInt, a getter that throws) gets here, never JSON.
    add('', 'cannot be read as career data');
  }

  return issues.length ? { ok: false, issues } : { ok: true, dataset: data as Dataset };
}

/** The message for JSON text that cannot be parsed. */
export const malformed = (detail: string, file?: string) => `The JSON${file ? ` in ${file}` : ''} is malformed: ${detail}`;

/**
 * Parses JSON text, turning a syntax error into an issue in the engine's own words: Chromium and
 * Firefox name the place, WebKit names only what it found. `parseJsonWithPosition` gives the line
 * and column in every engine, for the tools that help fix the data.
 */
export function parseJson(text: string, file?: string): { ok: true; value: unknown } | { ok: false; issue: DataIssue } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, issue: { path: '', message: malformed((error as Error).message, file) } };
  }
}
