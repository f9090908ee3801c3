import { expect } from '@open-wc/testing';
import { fallbackHtml } from '../../src/editor/fallback.js';
import type { Dataset } from '../../src/dataset/format.js';
import { PROTOTYPE_KEYS } from '../safety/datasets.js';
import { text } from '../helpers.js';

const parse = (markup: string) => new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').body;

const dataset: Dataset = {
  version: 1,
  title: 'Management vs. Administration',
  intro: 'Two paths.',
  paths: [
    { id: 'management', name: 'Management', badge: 'Our program', cta: { label: 'Apply', href: 'https://example.edu/apply?x=1' } },
    { id: 'administration', name: 'Administration', summary: 'Runs a department.' },
  ],
  criteria: [
    { id: 'focus', label: 'Focus', values: { management: 'The facility', administration: 'The department' } },
    { id: 'duties', label: 'Duties', values: { management: ['Plan', 'Budget'], administration: ['Schedule'] } },
    { id: 'pay', label: 'Median pay', value: '$110,680', source: { name: 'BLS', url: 'https://www.bls.gov/', date: '2023-05' } },
  ],
  roles: [
    { id: 'director', title: 'Executive director', path: 'management', summary: 'Leads the organization.' },
    { id: 'office', title: 'Office manager', path: 'administration' },
    { id: 'ceo', title: 'Chief executive', path: 'management' },
  ],
};

/** Every tag and attribute a fallback may hold: anything else came from the data. */
const allowed: Record<string, string[]> = {
  p: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  td: ['colspan'],
  th: ['scope'],
  ul: [],
  li: [],
  strong: [],
  small: [],
  br: [],
  a: ['href'],
};

function expectOnlyBuilderMarkup(body: HTMLElement) {
  for (const element of body.querySelectorAll('*')) {
    expect(allowed, `<${element.localName}>`).to.have.property(element.localName);
    for (const attribute of element.attributes) expect(allowed[element.localName], `${element.localName}[${attribute.name}]`).to.include(attribute.name);
  }
}

describe('fallbackHtml() for <career-compare>', () => {
  const body = parse(fallbackHtml(dataset, 'career-compare', { highlight: 'management', 'link-params': 'utm_source=site' }));
  const table = body.querySelector('table')!;

  it('should be a table with the title as its caption', () => {
    expect(text(table.caption)).to.equal('Management vs. Administration');
    expect(text(body.querySelector('p'))).to.equal('Two paths.');
  });

  it('should have one th scope=col per path, after an empty corner td', () => {
    const head = table.tHead!.rows[0];
    expect(head.cells[0].localName).to.equal('td');
    expect([...head.querySelectorAll('th[scope="col"]')].map(text)).to.deep.equal(['Management Our program', 'Administration']);
  });

  it("should give the paths' summaries a row of their own under the headers, headed About", () => {
    expect([...table.tHead!.rows[1].cells].map(text)).to.deep.equal(['About', '', 'Runs a department.']);
    expect(table.tHead!.rows[1].cells[0].matches('th[scope="row"]')).to.equal(true);
  });

  it('should have one th scope=row per criterion, then the roles row', () => {
    expect([...table.tBodies[0].querySelectorAll('th[scope="row"]')].map((th) => th.firstChild!.textContent)).to.deep.equal([
      'Focus',
      'Duties',
      'Median pay',
      'Typical roles',
    ]);
  });

  it('should show lists as <ul>, a shared value across the columns and the source', () => {
    const [focus, duties, pay, roles] = [...table.tBodies[0].rows];
    expect([...focus.cells].slice(1).map(text)).to.deep.equal(['The facility', 'The department']);
    expect([...duties.cells[1].querySelectorAll('li')].map(text)).to.deep.equal(['Plan', 'Budget']);
    expect(pay.cells[1].colSpan).to.equal(2);
    expect(text(pay.cells[0].querySelector('small'))).to.equal('Source: BLS, 2023-05');
    expect(pay.cells[0].querySelector('a')!.getAttribute('href')).to.equal('https://www.bls.gov/');
    expect([...roles.cells[1].querySelectorAll('li')].map(text)).to.deep.equal(['Executive director', 'Chief executive']);
  });

  it('should end the columns with the calls to action, link-params added', () => {
    const links = table.tFoot!.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('https://example.edu/apply?x=1&utm_source=site');
    expect(text(links[0])).to.equal('Apply');
  });

  it('<career-compare paths="administration management" criteria="roles focus"> => those columns and rows, in that order', () => {
    const chosen = parse(fallbackHtml(dataset, 'career-compare', { paths: 'administration management', criteria: 'roles focus' }));
    expect([...chosen.querySelectorAll('th[scope="col"]')].map(text)).to.deep.equal(['Administration', 'Management']);
    expect([...chosen.querySelectorAll('tbody th[scope="row"]')].map(text)).to.deep.equal(['Typical roles', 'Focus']);
    expect([...chosen.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => text(row.cells[1]))).to.deep.equal(['Office manager', 'The department']);
  });

  it('<career-compare paths="nope"> => every column, and no colspan="0"', () => {
    const html = fallbackHtml(dataset, 'career-compare', { paths: 'nope' });
    expect([...parse(html).querySelectorAll('th[scope="col"]')].map(text)).to.deep.equal(['Management', 'Administration']);
    expect(html).not.to.include('colspan="0"');
  });

  it('<career-compare lang="es"> => the built-in words in Spanish', () => {
    const spanish = parse(fallbackHtml(dataset, 'career-compare', { lang: 'es' }));
    expect(text(spanish.querySelector('tbody tr:last-child th'))).to.equal('Puestos típicos');
    expect(text(spanish.querySelector('small'))).to.equal('Fuente: BLS, 2023-05');
  });

  it('should hold no element or attribute beyond its own', () => {
    expectOnlyBuilderMarkup(body);
  });
});

describe('fallbackHtml() for <career-picker>', () => {
  const body = parse(fallbackHtml(dataset, 'career-picker', { 'link-params': 'utm_source=site' }));

  it('should list the roles grouped by path, with their summaries, and no heading', () => {
    const groups = [...body.querySelectorAll(':scope > ul > li')];
    expect(groups.map((group) => group.firstChild!.textContent!.trim())).to.deep.equal(['Management', 'Administration']);
    expect([...groups[0].querySelectorAll('li')].map(text)).to.deep.equal(['Executive director: Leads the organization.', 'Chief executive']);
    expect([...groups[1].querySelectorAll('li')].map(text)).to.deep.equal(['Office manager']);
    expect(body.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
  });

  it("should end a path's group with its call to action", () => {
    expect(body.querySelector('a')!.getAttribute('href')).to.equal('https://example.edu/apply?x=1&utm_source=site');
  });

  it('should hold no element or attribute beyond its own', () => {
    expectOnlyBuilderMarkup(body);
  });
});

describe('fallbackHtml() with hostile data', () => {
  const attacks = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "' onmouseover='alert(1)", '</td></tr></table><iframe>', '&lt;b&gt; & <!--'];
  const bad = (n: number) => attacks[n % attacks.length];
  const hostile: Dataset = {
    version: 1,
    title: bad(0),
    intro: bad(1),
    paths: [
      { id: 'a', name: bad(2), badge: bad(3), cta: { label: bad(4), href: `https://example.edu/?q="><img src=x onerror=alert(1)>` } },
      { id: 'b', name: bad(1), cta: { label: 'Bad link', href: 'javascript:alert(1)' } },
      { id: 'c', name: bad(0), cta: { label: 'Bad link', href: ' JaVa\tScRiPt:alert(1)' } },
    ],
    criteria: [
      { id: 'x', label: bad(3), values: { a: [bad(0), bad(1)], b: bad(2) }, source: { name: bad(4), url: 'javascript:alert(1)', date: bad(1) } },
      { id: 'y', label: bad(2), value: bad(3), source: { name: bad(0), url: `https://example.edu/"onmouseover="alert(1)` } },
    ],
    roles: [{ id: 'r', title: bad(0), path: 'a', summary: bad(1) }],
  };

  for (const [tag, attributes] of [
    ['career-compare', { highlight: 'a', 'link-params': '"><img src=x onerror=alert(1)>' }],
    ['career-picker', { 'link-params': "'><script>alert(1)</script>" }],
  ] as const) {
    it(`<${tag}> => the texts show as text, and no element or attribute comes from the data`, () => {
      const body = parse(fallbackHtml(hostile, tag, attributes));
      expectOnlyBuilderMarkup(body);
      expect(body.textContent).to.include(bad(0)).and.to.include(bad(1)).and.to.include(bad(2));
    });

    it(`<${tag}> => no link whose URL is not allowed, and safe links keep their URL`, () => {
      const body = parse(fallbackHtml(hostile, tag, attributes));
      const hrefs = [...body.querySelectorAll('a')].map((link) => link.getAttribute('href')!);
      expect(hrefs.length).to.be.greaterThan(0);
      for (const href of hrefs) expect(href).to.match(/^https:\/\/example\.edu\//);
      expect(hrefs.filter((href) => href.startsWith('https://example.edu/?q="><img src=x onerror=alert(1)>'))).to.have.length(1);
    });
  }
});

describe('fallbackHtml() with the names of Object.prototype', () => {
  for (const key of PROTOTYPE_KEYS)
    it(`a dataset with lang "${key}" and a path id "${key}" without values => English words, and "—" in its cells`, () => {
      const data: Dataset = {
        version: 1,
        title: 'Prototype names',
        lang: key,
        paths: [{ id: key, name: 'P' }],
        criteria: [{ id: 'focus', label: 'Focus', values: {} }],
      };
      const body = parse(fallbackHtml(data, 'career-compare', { highlight: key }));
      expect([...body.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => [...row.cells].map(text))).to.deep.equal([
        ['Focus', '—'],
        ['Typical roles', '—'],
      ]);
      expect(text(body.querySelector('thead strong'))).to.equal('Our program');
    });
});
