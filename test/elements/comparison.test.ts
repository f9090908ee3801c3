import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import { fallbackHtml } from '../../src/editor/fallback.js';
import type { Dataset, Texts } from '../../src/dataset/format.js';
import { comparison } from '../../src/elements/comparison.js';
import { en } from '../../src/words/en.js';
import { render, text } from '../helpers.js';
import '../../src/career-paths.js';
import { PROTOTYPE_KEYS, datasetWith, prototypeId, validDataset } from '../safety/datasets.js';

const all = { paths: [], criteria: [] };

const dataset: Dataset = {
  version: 1,
  title: 'Two paths',
  paths: [
    { id: 'management', name: 'Management', cta: { label: 'Apply', href: 'https://example.edu/apply' } },
    { id: 'administration', name: 'Administration', summary: 'Runs a department.', cta: { label: 'Bad', href: 'javascript:alert(1)' } },
  ],
  criteria: [
    { id: 'focus', label: 'Focus', values: { management: 'Strategy', administration: [] } },
    { id: 'pay', label: 'Pay', value: '$1', values: { management: 'ignored' }, note: 'National median, 2023', source: { name: 'BLS' } },
  ],
  roles: [
    { id: 'director', title: 'Director', path: 'management' },
    { id: 'chief', title: 'Chief', path: 'management' },
  ],
};

describe('comparison()', () => {
  it('should show every path and every criterion, then the roles row', () => {
    const shown = comparison(dataset, en, all);
    expect(shown.paths.map((path) => path.id)).to.deep.equal(['management', 'administration']);
    expect(shown.rows.map((row) => [row.id, row.label])).to.deep.equal([
      ['focus', 'Focus'],
      ['pay', 'Pay'],
      ['roles', 'Typical roles'],
    ]);
    expect(shown.summaries).to.equal(true);
  });

  it('should give each cell its own value, none for an empty list, and a shared value to every column', () => {
    const [focus, pay, roles] = comparison(dataset, en, all).rows;
    expect([focus.shared, focus.cells]).to.deep.equal([false, ['Strategy', undefined]]);
    expect([pay.shared, pay.cells, pay.note]).to.deep.equal([true, ['$1', '$1'], 'National median, 2023']);
    expect([roles.shared, roles.cells]).to.deep.equal([false, [['Director', 'Chief'], undefined]]);
  });

  it('should keep only calls to action with an allowed URL', () => {
    expect(comparison(dataset, en, all).ctas).to.deep.equal([dataset.paths[0].cta, undefined]);
  });

  it('paths="administration nope" criteria="roles focus" highlight="management" => those, in that order, and no highlight', () => {
    const shown = comparison(dataset, en, { paths: ['administration', 'nope'], criteria: ['roles', 'focus'], highlight: 'management' });
    expect(shown.paths.map((path) => path.id)).to.deep.equal(['administration']);
    expect(shown.rows.map((row) => row.id)).to.deep.equal(['roles', 'focus']);
    expect(shown.highlight).to.equal(undefined);
  });

  it('paths="nope" criteria="none" => every path and every row, as with no attribute', () => {
    const shown = comparison(dataset, en, { paths: ['nope'], criteria: ['none'] });
    expect(shown.paths).to.deep.equal(comparison(dataset, en, { paths: [], criteria: [] }).paths);
    expect(shown.rows).to.deep.equal(comparison(dataset, en, { paths: [], criteria: [] }).rows);
  });

  for (const key of PROTOTYPE_KEYS)
    it(`a path id "${key}" with no value => no value from Object.prototype`, () => {
      const data: Dataset = {
        version: 1,
        title: 'Prototype names',
        paths: [{ id: key, name: key }],
        criteria: [{ id: 'focus', label: 'Focus', values: {} }],
        roles: [],
      };
      expect(comparison(data, en, all).rows.map((row) => row.cells)).to.deep.equal([[undefined], [undefined]]);
      expect(() => fallbackHtml(data, 'career-compare', { highlight: key })).not.to.throw();
    });
});

/** A cell's content as the fallback writes it, for comparing with the model. */
const cellText = (value: Texts | undefined) => (value === undefined ? '—' : Array.isArray(value) ? value.join('') : value);
// The HTML parser drops NUL characters and turns CR into LF, as a page would.
const squash = (value: string) => value.replace(/\0/g, '').replace(/\s+/g, ' ').trim();

describe('comparison() with random datasets, ids equal to every Object.prototype key', () => {
  const datasets = datasetWith(prototypeId);

  it('should give every cell a text, a list of texts or nothing, never something inherited', () => {
    fc.assert(
      fc.property(datasets, (data) => {
        const shown = comparison(data, en, all);
        expect(shown.paths).to.deep.equal(data.paths);
        for (const row of shown.rows) {
          expect(row.cells).to.have.length(shown.paths.length);
          for (const cell of row.cells) {
            const ok =
              cell === undefined || typeof cell === 'string' || (Array.isArray(cell) && cell.length > 0 && cell.every((item) => typeof item === 'string'));
            expect(ok, JSON.stringify(cell)).to.equal(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("should be what the builder's fallback table shows, cell for cell", () => {
    fc.assert(
      fc.property(datasets, fc.constantFrom(...PROTOTYPE_KEYS, 'en', 'es'), (data, lang) => {
        const shown = comparison(data, en, all);
        const body = new DOMParser().parseFromString(`<!doctype html><body>${fallbackHtml(data, 'career-compare', { lang })}`, 'text/html').body;
        const rows = [...body.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
        expect(rows).to.have.length(shown.rows.length);
        rows.forEach((tr, r) => {
          const row = shown.rows[r];
          const cells = [...tr.cells]
            .slice(1)
            .map((cell) => squash((cell.firstChild?.nodeName === 'UL' ? cell.firstChild : cell.childNodes[0])?.textContent ?? ''));
          const expected = (row.shared ? row.cells.slice(0, 1) : row.cells).map((cell) => squash(cellText(cell)));
          expect(cells).to.deep.equal(expected);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('<career-compare> with random valid datasets', () => {
  it('should show what comparison() decides, cell for cell, as the fallback does', async function () {
    this.timeout(60000);
    const seed = Date.now() ^ (Math.random() * 0x100000000);
    for (const data of fc.sample(validDataset, { numRuns: 15, seed })) {
      const element = await render(html`<career-compare .data=${data} layout="table"></career-compare>`);
      const fallback = new DOMParser().parseFromString(`<!doctype html><body>${fallbackHtml(data, 'career-compare')}`, 'text/html').body;
      const cells = (root: ParentNode) => [...root.querySelectorAll('tbody td')].map((cell) => text(cell).replace(/\0/g, ''));
      expect(cells(element.shadowRoot!), `seed ${seed}: ${JSON.stringify(data).slice(0, 300)}`).to.deep.equal(cells(fallback));
      element.remove();
    }
  });
});
