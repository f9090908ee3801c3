import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { CareerCompare } from '../../src/elements/career-compare.js';
import type { CareerPicker } from '../../src/elements/career-picker.js';
import type { Dataset } from '../../src/dataset/format.js';
import { $, $$, fivePaths, HEALTHCARE, isChromium, json, render, text } from '../helpers.js';
import '../../src/career-paths.js';

interface AXNode {
  role: string;
  name?: string;
  children?: AXNode[];
}

/** Every node of an accessibility tree with one of the roles, in tree order. */
const nodes = (node: AXNode, ...roles: string[]): AXNode[] => [
  ...(roles.includes(node.role) ? [node] : []),
  ...(node.children ?? []).flatMap((child) => nodes(child, ...roles)),
];

let healthcare: Dataset;
before(async () => {
  healthcare = await (await fetch(HEALTHCARE)).json();
});

const TITLE = 'Healthcare Management vs. Healthcare Administration';

describe('the comparison table', () => {
  it('<career-compare layout="table"> => a table named by its title, with column headers, row headers and cells (accessibility tree)', async function () {
    // The accessibility tree is readable in Chromium only (CONTRIBUTING.md); the DOM checks below run everywhere.
    if (!isChromium) this.skip();
    await render(`<div style="width: 900px"><career-compare id="compare" src="${HEALTHCARE}" layout="table" highlight="management"></career-compare></div>`);
    const tree = (await a11ySnapshot({ selector: '#compare', interestingOnly: false } as never)) as unknown as AXNode;
    const [region] = nodes(tree, 'region');
    expect(region?.name, 'the scrolling region').to.equal(TITLE);
    const tables = nodes(tree, 'table');
    expect(tables.map((table) => table.name)).to.deep.equal([TITLE]);
    expect(nodes(tables[0], 'columnheader').map((header) => header.name)).to.deep.equal(['Healthcare Management Our program', 'Healthcare Administration']);
    // The summary row and the call-to-action row have row headers too, so that every cell is related to one.
    expect(nodes(tables[0], 'rowheader').map((header) => header.name!.replace(/\s*Source:.*/s, ''))).to.deep.equal([
      'About',
      ...healthcare.criteria!.map((criterion) => criterion.label),
      'Typical roles',
      'Next step',
    ]);
    const rows = nodes(tables[0], 'row').filter((row) => nodes(row, 'rowheader').length);
    for (const row of rows) expect(nodes(row, 'cell', 'gridcell').length, row.name).to.be.at.least(1);
  });

  for (const [width, layout] of [
    [900, 'auto'],
    [300, 'table'],
  ] as const)
    it(`<career-compare layout="${layout}"> in ${width}px => a caption, one th scope="col" per path, one th scope="row" per criterion`, async () => {
      const element = await render<CareerCompare>(
        `<div style="width: ${width}px"><career-compare src="${HEALTHCARE}" layout="${layout}"></career-compare></div>`,
      );
      expect(text($(element, 'table > caption'))).to.equal(TITLE);
      expect($$(element, 'thead tr:first-child th').map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
      expect($$(element, 'thead tr:nth-child(2) > :first-child').map((th) => [th.localName, th.getAttribute('scope'), text(th)])).to.deep.equal([
        ['th', 'row', 'About'],
      ]);
      expect($$(element, 'thead tr:first-child > td').map(text)).to.deep.equal([''], 'the corner cell');
      expect($$(element, 'tbody tr').map((row) => [row.firstElementChild!.localName, row.firstElementChild!.getAttribute('scope')])).to.deep.equal(
        Array(healthcare.criteria!.length + 1).fill(['th', 'row']),
      );
      expect($$(element, 'tbody th:not([scope])'), 'headers without a scope').to.be.empty;
    });
});

describe('headings follow heading-level', () => {
  for (const level of [1, 2, 3, 5, 6])
    it(`<career-compare layout="stacked" heading-level="${level}"> and <career-picker heading-level="${level}"> => h${level} titles, h${Math.min(level + 1, 6)} below`, async () => {
      const compare = await render(`<career-compare src="${HEALTHCARE}" layout="stacked" heading-level="${level}"></career-compare>`);
      const picker = await render(`<career-picker src="${HEALTHCARE}" heading-level="${level}" interests="strategy"></career-picker>`);
      const below = `h${Math.min(level + 1, 6)}`;
      for (const element of [compare, picker]) expect($(element, '[part~="title"]').localName).to.equal(`h${level}`);
      expect($$(compare, 'section > :first-child').map((heading) => heading.localName)).to.deep.equal([below, below]);
      expect($$(picker, 'h1, h2, h3, h4, h5, h6').map((heading) => [heading.localName, text(heading)])).to.deep.equal([
        [`h${level}`, TITLE],
        [below, 'Other roles'],
      ]);
    });

  it('<career-compare no-title layout="stacked"> => no title, the sections at the level the title would have had', async () => {
    const element = await render(`<career-compare src="${HEALTHCARE}" layout="stacked" no-title></career-compare>`);
    expect($$(element, 'h1, h3, h4, h5, h6').length).to.equal(0);
    expect($$(element, 'section > h2')).to.have.length(2);
  });
});

describe('the stacked layout', () => {
  it('<career-compare layout="stacked"> => a heading per path, then the criteria as dt/dd pairs', async () => {
    const element = await render(`<career-compare src="${HEALTHCARE}" layout="stacked" highlight="management"></career-compare>`);
    const labels = [...healthcare.criteria!.map((criterion) => criterion.label), 'Typical roles'];
    const sections = $$(element, 'section');
    expect(sections.map((section) => text(section.firstElementChild).replace(/ Our program$/, ''))).to.deep.equal(healthcare.paths.map((path) => path.name));
    for (const section of sections) {
      const list = section.querySelector('dl')!;
      expect([...list.children].map((child) => child.localName)).to.deep.equal(labels.flatMap(() => ['dt', 'dd']));
      expect([...list.querySelectorAll('dt')].map((dt) => text(dt).replace(/\s*Source:.*/, ''))).to.deep.equal(labels);
    }
  });
});

describe('the picker', () => {
  it('<career-picker> => a radio group and checkboxes, each in a fieldset with a legend; an opened role as dt/dd pairs', async () => {
    const element = await render<CareerPicker>(`<career-picker src="${HEALTHCARE}" selected="health-services-manager"></career-picker>`);
    expect(
      $$(element, 'fieldset').map((fieldset) => [text(fieldset.querySelector(':scope > legend')), fieldset.querySelectorAll('input').length]),
    ).to.deep.equal([
      ['Which path interests you?', healthcare.paths.length + 1],
      ['What do you enjoy?', healthcare.interests!.length],
    ]);
    for (const input of $$<HTMLInputElement>(element, 'input')) expect(input.closest('label'), input.value).to.exist;
    expect($$(element, '[part~="role-details"] dl > dt').map(text)).to.deep.equal(['Path', 'Duties', 'O*NET-SOC code']);
  });
});

/** Attributes whose value is one or more ids of other elements. */
const REFERENCES = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'for',
  'headers',
  'list',
  'form',
];

describe('id references', () => {
  for (const markup of [
    `<career-compare src="${HEALTHCARE}" highlight="management"></career-compare>`,
    `<career-compare data='${json(fivePaths)}' layout="table"></career-compare>`,
    `<career-compare data='${json(fivePaths)}' layout="stacked"></career-compare>`,
    `<career-picker src="${HEALTHCARE}" interests="strategy" selected="hospital-administrator"></career-picker>`,
    `<career-picker data='{"version": 2}'></career-picker>`,
  ])
    it(`${markup} => every id referenced in the shadow root exists in that same root`, async () => {
      const element = await render(`<div style="width: 900px">${markup}</div>`);
      const root = element.shadowRoot!;
      const referenced = [...root.querySelectorAll('*')].flatMap((node) =>
        REFERENCES.flatMap((name) =>
          (node.getAttribute(name) ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => `${name}="${id}"`),
        ),
      );
      const missing = referenced.filter((reference) => !root.getElementById(reference.split('"')[1]));
      expect(missing).to.deep.equal([]);
      if (markup.includes('selected=')) expect(referenced).to.deep.equal(['aria-controls="hospital-administrator"'], 'the opened role points at its details');
    });
});
