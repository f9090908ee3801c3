import { expect, html } from '@open-wc/testing';
import { fallbackHtml } from '../../src/editor/fallback.js';
import type { Dataset } from '../../src/dataset/format.js';
import { $, $$, equalAccessFailures, fivePaths, render, text, twoPaths, violations } from '../helpers.js';
import '../../src/career-paths.js';

/** Where IBM's Equal Access rule `ruleId` fails. */
const failures = async (context: Node, ruleId: string) =>
  (await equalAccessFailures(context)).filter((result) => result.ruleId === ruleId).map((result) => result.path.dom);

/** The cells that the engine's rule "table_headers_related" finds with no related header. */
const unrelatedCells = (context: Node) => failures(context, 'table_headers_related');

/**
 * Every cell but the corner has a row header (`th scope=row` first in its row) and a column
 * header (`th scope=col` above it, a cell across the columns under all of them).
 */
function cellsWithoutHeaders(table: HTMLTableElement) {
  const [head, ...rows] = [...table.rows];
  const columns = [...head.cells].slice(1);
  expect(columns.every((cell) => cell.matches('th[scope="col"]'))).to.equal(true);
  const lacking: string[] = [];
  for (const row of rows) {
    const [first, ...cells] = [...row.cells];
    if (!first.matches('th[scope="row"]') || !text(first)) lacking.push(`row "${text(row)}": no row header`);
    let column = 0;
    for (const cell of cells) {
      if (!columns[column]) lacking.push(`"${text(cell)}": no column header`);
      column += cell.colSpan;
    }
  }
  return lacking;
}

const withSummaries: Dataset = twoPaths as Dataset;
const states: [markup: string, data: Dataset, attributes: string][] = [
  ['summaries, a shared value and calls to action', withSummaries, 'highlight="pharmacy"'],
  ['lang="es"', withSummaries, 'lang="es"'],
  ['five paths, three chosen, no summaries', fivePaths as Dataset, 'paths="nursing dentistry radiology"'],
];

describe('<career-compare>: every table cell is related to a header', () => {
  for (const [name, data, attributes] of states) {
    it(`<career-compare layout="table" ${attributes}> (${name}) => no cell without a header, by scope and by IBM's rule, axe at zero`, async () => {
      const element = await render(`<career-compare layout="table" ${attributes} data='${JSON.stringify(data).replace(/'/g, '&#39;')}'></career-compare>`);
      const table = $<HTMLTableElement>(element, 'table');
      expect(await unrelatedCells(element)).to.deep.equal([]);
      expect(cellsWithoutHeaders(table)).to.deep.equal([]);
      expect(await violations(element)).to.deep.equal([]);
    });
  }

  it('<career-compare> => the summary row is headed "About" and the calls to action "Next step", shown, each header with a name', async () => {
    const element = await render(html`<career-compare layout="table" data=${JSON.stringify(twoPaths)}></career-compare>`);
    expect(text($(element, 'thead tr:nth-child(2) th[scope="row"]'))).to.equal('About');
    expect(text($(element, 'tfoot th[scope="row"]'))).to.equal('Next step');
    expect($$(element, 'th[scope="row"] .sr-only')).to.have.length(0);
    expect(await failures(element, 'aria_accessiblename_exists')).to.deep.equal([]);
  });

  it('<career-compare lang="es"> => "Descripción" and "Siguiente paso"', async () => {
    const element = await render(html`<career-compare lang="es" layout="table" data=${JSON.stringify(twoPaths)}></career-compare>`);
    expect(text($(element, 'thead tr:nth-child(2) th'))).to.equal('Descripción');
    expect(text($(element, 'tfoot th'))).to.equal('Siguiente paso');
  });

  it("the builder's fallback table => no cell without a header, by scope and by IBM's rule", async () => {
    const holder = document.createElement('div');
    holder.innerHTML = fallbackHtml(twoPaths as Dataset, 'career-compare', { highlight: 'pharmacy' });
    document.body.append(holder);
    try {
      expect(await unrelatedCells(holder)).to.deep.equal([]);
      expect(cellsWithoutHeaders(holder.querySelector('table')!)).to.deep.equal([]);
    } finally {
      holder.remove();
    }
  });
});
