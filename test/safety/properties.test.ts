import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/career-paths.js';
import type { Dataset } from '../../src/dataset/format.js';
import { validate } from '../../src/dataset/validate.js';
import { parseJsonWithPosition } from '../../src/dataset/json-position.js';
import { errorOf, watch, type Watch } from './watch.js';
import { validDataset } from './datasets.js';
import { valid } from '../dataset/cases.js';
import { text as shownText, waitUntil } from '../helpers.js';

const base = () => valid() as Dataset;

/** Every place in a JSON value, as a list of keys from the root. */
function places(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const plain = typeof value === 'object' && value !== null && (Array.isArray(value) || [Object.prototype, null].includes(Object.getPrototypeOf(value)));
  if (!plain) return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => places((value as any)[key], [...at, key]))];
}

const weird = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    'constructor',
    '__proto__',
    'toString',
    'roles',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '\u0000',
    '\ud800',
    'a'.repeat(5000),
  ),
);

/** Any value, including the ones that JSON cannot hold. */
const anyValue = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.jsonValue(),
  weird,
  fc.array(weird, { minLength: 1000, maxLength: 3000 }),
);

type Change = (data: any) => void;

/** One change to one place of the base dataset: replaced, removed, or given an extra field. */
const mutation: fc.Arbitrary<Change> = fc
  .tuple(fc.nat(), fc.oneof(fc.constant('replace'), fc.constant('remove'), fc.constant('extra')), anyValue, weird)
  .map(([index, kind, value, key]) => (data: any) => {
    const all = places(data);
    const at = all[index % all.length];
    if (!at.length) return;
    const parent = at.slice(0, -1).reduce((node: any, k) => node[k], data);
    const last = at[at.length - 1];
    if (kind === 'replace') parent[last] = value;
    else if (kind === 'remove') Array.isArray(parent) ? parent.splice(last as number, 1) : delete parent[last];
    else if (typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) parent[last][key] = value;
  });

const mutated = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((changes) => {
  const data = base();
  for (const change of changes) change(data);
  return data;
});

/** What the validator must always give back: a verdict, and issues a person can read. */
function checkVerdict(result: ReturnType<typeof validate>) {
  expect(result.ok).to.be.a('boolean');
  if (result.ok) return;
  expect(result.issues.length).to.be.greaterThan(0);
  for (const issue of result.issues) {
    expect(issue.path).to.be.a('string');
    expect(issue.message).to.be.a('string');
    // A value is quoted in at most 40 characters: one bad field cannot flood the message.
    expect(issue.message.length).to.be.below(160);
  }
}

describe('validate() with random and mutated data', () => {
  it('should accept the base dataset', () => {
    expect(validate(base()).ok).to.equal(true);
  });

  it('should never throw, whatever it is given', () => {
    fc.assert(
      fc.property(anyValue, (value) => checkVerdict(validate(value))),
      { numRuns: 200 },
    );
  });

  it('should never throw for a mutated dataset, and find what was broken', () => {
    fc.assert(
      fc.property(mutated, (data) => checkVerdict(validate(data))),
      { numRuns: 200 },
    );
  });
});

/** The line and column that the engine's own message names, where it names one. */
const engineSays = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    const at = /line (\d+) column (\d+)/.exec((error as Error).message);
    return at && `line ${at[1]}, column ${at[2]}`;
  }
  return null;
};

describe('parseJsonWithPosition() with broken JSON text', () => {
  const text = JSON.stringify(base(), null, 2);
  const broken = fc
    .tuple(fc.nat(text.length), fc.constantFrom('', ',', '}', ']', '"', "'", ':', '\n', '\t', '\\', 'x', '0', '{', '[', '/'), fc.nat(2))
    .map(([at, char, remove]) => text.slice(0, at) + char + text.slice(at + remove));

  it('should never throw, and always say where', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          broken,
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `{"a": ${s}`),
        ),
        (input) => {
          const result = parseJsonWithPosition(input);
          let valid = true;
          try {
            JSON.parse(input);
          } catch {
            valid = false;
          }
          expect(result.ok).to.equal(valid);
          if (!result.ok) {
            const [, line, column] = /at line (\d+), column (\d+)$/.exec(result.issue.message)!.map(Number);
            const lines = input.split('\n');
            expect(line).to.be.within(1, lines.length);
            expect(column).to.be.within(1, lines[line - 1].length + 1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('should name the line that engines giving one name, and the column within one character', function () {
    if (!engineSays('{,}')) this.skip(); // WebKit's messages give no position
    fc.assert(
      fc.property(broken, (input) => {
        const theirs = engineSays(input);
        const result = parseJsonWithPosition(input);
        if (!theirs || result.ok) return;
        const [line, column] = /line (\d+), column (\d+)/.exec(theirs)!.slice(1).map(Number);
        const [ourLine, ourColumn] = /line (\d+), column (\d+)$/.exec(result.issue.message)!.slice(1).map(Number);
        const context = `${result.issue.message} / engine: ${theirs}`;
        expect(ourLine, context).to.equal(line);
        // A broken true, false or null (`tr0ue`): SpiderMonkey names its first letter, V8 and
        // parseJsonWithPosition its first wrong character.
        const between = input.split('\n')[line - 1].slice(column - 1, ourColumn - 1);
        if (/^(?:t(?:ru?)?|f(?:a(?:ls?)?)?|n(?:ul?)?)$/.test(between)) return;
        expect(ourColumn, context).to.be.within(column - 1, column + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('should not be stopped by deep nesting', () => {
    const deep = '['.repeat(200000);
    const result = parseJsonWithPosition(deep);
    expect(result.ok).to.equal(false);
    expect(result.ok ? '' : result.issue.message).to.match(/line 1, column \d+$/);
  });
});

/** A dataset in a test's failure message (it may hold what JSON cannot). */
const describeData = (data: unknown) => {
  try {
    return JSON.stringify(data).slice(0, 300);
  } catch {
    return String(data);
  }
};

/**
 * The samples rendered below change with every run, so that runs together try many
 * datasets. A failure names its dataset and the seed that repeats the run.
 */
const seed = Date.now() ^ (Math.random() * 0x100000000);

describe('rendering any valid dataset', () => {
  let page: Watch;
  let compare: HTMLElement & { data?: unknown };
  let picker: HTMLElement & { data?: unknown };

  beforeEach(async () => {
    page = watch();
    const holder = await fixture(`<div style="width: 760px"><career-compare layout="table"></career-compare><career-picker></career-picker></div>`);
    [compare, picker] = [...holder.children] as HTMLElement[];
  });
  afterEach(() => page.stop());

  /** Shows a dataset in both elements, opens a role in the picker, and checks what came out. */
  async function show(dataset: Dataset) {
    compare.data = picker.data = null;
    await waitUntil(() => compare.shadowRoot!.querySelector('slot') && picker.shadowRoot!.querySelector('slot'));
    const role = dataset.roles?.[0];
    if (role) picker.setAttribute('selected', role.id);
    else picker.removeAttribute('selected');
    compare.data = dataset;
    picker.data = dataset;
    const shown = `seed ${seed}: ${describeData(dataset)}`;
    await waitUntil(() => !compare.shadowRoot!.querySelector('slot') && !picker.shadowRoot!.querySelector('slot'), `a valid dataset did not render: ${shown}`);
    expect(errorOf(compare), shown).to.equal(null);
    expect(errorOf(picker), shown).to.equal(null);
    expect(compare.shadowRoot!.querySelector('table[part~="table"]'), shown).to.exist;
    expect(picker.shadowRoot!.querySelector('[part~="results"]'), shown).to.exist;
    expect(picker.shadowRoot!.querySelector('[part~="status"]'), shown).to.exist;
    if (role) expect(picker.shadowRoot!.querySelector('[part~="role-details"]'), shown).to.exist;
    for (const element of [compare, picker]) expect(shownText(element.shadowRoot), shown).not.to.include('[native code]');
    expect(page.events, shown).to.deep.equal([]);
    expect(page.thrown, shown).to.deep.equal([]);
  }

  it('should render every dataset the validator accepts, in both elements, without an error', async function () {
    this.timeout(60000);
    const samples = fc.sample(validDataset, { numRuns: 40, seed });
    for (const dataset of samples) {
      const verdict = validate(dataset);
      expect(verdict.ok, JSON.stringify(verdict.ok || verdict.issues)).to.equal(true);
      await show(dataset);
    }
  });

  it('should render every mutated dataset that the validator still accepts', async function () {
    this.timeout(60000);
    let accepted = 0;
    for (const data of fc.sample(mutated, { numRuns: 150, seed })) {
      if (!validate(data).ok || accepted >= 30) continue;
      accepted++;
      await show(data as Dataset);
    }
    expect(accepted).to.be.greaterThan(0);
  });

  it('<career-compare> with a path id "constructor" and no value for it => shows no prototype', async () => {
    await show({
      version: 1,
      title: 'Prototype names',
      paths: [
        { id: 'constructor', name: 'C' },
        { id: 'valueof', name: 'V' },
      ],
      criteria: [{ id: 'focus', label: 'Focus', values: { valueof: 'x' } }],
    });
  });
});
