import { expect, html } from '@open-wc/testing';
import type { CareerCompare } from '../../src/elements/career-compare.js';
import { $, $$, click, HEALTHCARE, json, ownText, renderCompare, seen, text, texts, twoPaths, waitUntil } from '../helpers.js';
import '../../src/career-paths.js';

const data = json(twoPaths);

describe('<career-compare>: the table', () => {
  describe('when given two paths, three criteria and roles', () => {
    let element: CareerCompare;
    beforeEach(async () => {
      element = await renderCompare(html`<career-compare data=${data} layout="table"></career-compare>`);
    });

    it('should name the table with a caption holding the title', () => {
      expect(text($(element, 'table > caption'))).to.equal('Nursing or Pharmacy');
    });

    it('should have one th[scope=col] per path, after a corner td', () => {
      const head = $(element, 'thead tr')!;
      expect(head.firstElementChild!.localName).to.equal('td');
      expect(text(head.firstElementChild)).to.equal('');
      expect(texts(element, 'th[scope="col"]')).to.deep.equal(['Nursing', 'Pharmacy']);
    });

    it('should have one th[scope=row] per criterion, then one for the roles', () => {
      expect($$(element, 'tbody th[scope="row"]').map(ownText)).to.deep.equal(['Focus', 'Tasks', 'Pay', 'Typical roles']);
      expect($$(element, 'tbody tr').every((row) => row.firstElementChild!.matches('th[scope="row"]'))).to.be.true;
    });

    it('should show a summary under its path header', () => {
      expect(texts(element, 'thead td[part~="cell"]')).to.deep.equal(['Caring for patients.', '']);
    });

    it('should show a list of texts as a real list', () => {
      const [nursing, pharmacy] = $$(element, 'tbody tr')[1].querySelectorAll('td');
      expect([...nursing.querySelectorAll('ul > li')].map(text)).to.deep.equal(['Check vital signs', 'Give care']);
      expect([...pharmacy.querySelectorAll('ul > li')].map(text)).to.deep.equal(['Fill prescriptions']);
    });

    it('should show a shared value as one cell across the columns', () => {
      const cells = $$(element, 'tbody tr')[2].querySelectorAll('td');
      expect(cells).to.have.length(1);
      expect(cells[0].colSpan).to.equal(2);
      expect(text(cells[0])).to.equal('$80,000');
    });

    it("should list each path's roles in the roles row", () => {
      const cells = [...$$(element, 'tbody tr')[3].querySelectorAll('td')];
      expect(cells.map((cell) => [...cell.querySelectorAll('li')].map(text))).to.deep.equal([['Registered nurse', 'Practical nurse'], ['Pharmacist']]);
    });

    it("should show a criterion's source with its name, date and link", () => {
      const header = $$(element, 'tbody th[scope="row"]')[2];
      expect(seen(header)).to.equal('Pay Source: Labor statistics, 2023-05');
      expect(header.querySelector('a')!.getAttribute('href')).to.equal('https://stats.example.gov/pay');
      expect(text(header.querySelector('a'))).to.equal('Labor statistics');
    });

    it('should end each column with its call to action, in a tfoot row', () => {
      const cells = $$(element, 'tfoot td');
      expect(cells.map(text)).to.deep.equal(['Apply for nursing', 'Apply for pharmacy']);
      expect(cells.map((cell) => cell.querySelector('a[part~="cta"]')!.getAttribute('href'))).to.deep.equal([
        'https://example.edu/nursing?ref=guide#apply',
        '/pharmacy',
      ]);
    });

    it('should show no badge when nothing is highlighted', () => {
      expect($$(element, '[part~="badge"]')).to.have.length(0);
    });
  });

  describe('when given the healthcare dataset', () => {
    let element: CareerCompare;
    before(async () => {
      element = await renderCompare(html`<career-compare src=${HEALTHCARE} highlight="management"></career-compare>`);
    });

    it('should have two path columns and seven criteria plus the roles', () => {
      expect($$(element, 'th[scope="col"]').map(ownText)).to.deep.equal(['Healthcare Management', 'Healthcare Administration']);
      expect($$(element, 'tbody th[scope="row"]').map(ownText)).to.deep.equal([
        'Focus',
        'Key responsibilities',
        'Typical background',
        'Where you might work',
        'Median pay, one related occupation',
        'Jobs, one related occupation',
        'Projected growth, one related occupation',
        'Typical roles',
      ]);
    });

    it('should span the three shared values across both columns', () => {
      expect($$(element, 'tbody td[colspan="2"]')).to.have.length(3);
    });

    it('should link every source to its page', () => {
      expect($$(element, 'tbody th[scope="row"] a').map((link) => new URL(link.getAttribute('href')!).host)).to.deep.equal([
        'www.bls.gov',
        'www.bls.gov',
        'www.bls.gov',
      ]);
    });

    it("should badge the highlighted column with the path's own badge", () => {
      expect(texts(element, 'th[scope="col"] [part~="badge"]')).to.deep.equal(['Our program']);
    });

    it('should show the call to action of the one path that has one', () => {
      expect(texts(element, 'tfoot td')).to.deep.equal(['Explore the associate degree', '']);
    });
  });
});

describe('<career-compare>: attributes', () => {
  const cases: { markup: string; expect: (element: CareerCompare) => void }[] = [
    {
      markup: 'paths="pharmacy nursing"',
      expect: (element) => expect($$(element, 'th[scope="col"]').map(ownText)).to.deep.equal(['Pharmacy', 'Nursing']),
    },
    {
      markup: 'paths="pharmacy"',
      expect: (element) => {
        expect($$(element, 'th[scope="col"]').map(ownText)).to.deep.equal(['Pharmacy']);
        expect($$(element, 'tbody tr')[2].querySelector('td')!.colSpan).to.equal(1);
      },
    },
    {
      markup: 'criteria="pay focus"',
      expect: (element) => expect($$(element, 'tbody th[scope="row"]').map(ownText)).to.deep.equal(['Pay', 'Focus']),
    },
    {
      markup: 'criteria="roles focus"',
      expect: (element) => expect($$(element, 'tbody th[scope="row"]').map(ownText)).to.deep.equal(['Typical roles', 'Focus']),
    },
    {
      markup: 'criteria="focus"',
      expect: (element) => expect($$(element, 'tbody th[scope="row"]').map(ownText)).to.deep.equal(['Focus']),
    },
    {
      markup: 'highlight="nursing"',
      expect: (element) => {
        expect($$(element, '[part~="badge"]').map((badge) => [ownText(badge.parentElement!), text(badge)])).to.deep.equal([['Nursing', 'Our program']]);
      },
    },
    {
      markup: 'highlight="pharmacy"',
      expect: (element) => expect(texts(element, 'th[scope="col"] [part~="badge"]')).to.deep.equal(['Ours']),
    },
    ...[1, 2, 3, 4, 5, 6].map((level) => ({
      markup: `heading-level="${level}"`,
      expect: (element: CareerCompare) => {
        expect($(element, '[part~="title"]')!.localName).to.equal(`h${level}`);
        expect(text($(element, '[part~="title"]'))).to.equal('Nursing or Pharmacy');
      },
    })),
    {
      markup: 'no-title',
      expect: (element) => {
        expect($$(element, '[part~="title"], h1, h2, h3, h4, h5, h6')).to.have.length(0);
        expect(text($(element, 'caption'))).to.equal('Nursing or Pharmacy');
      },
    },
    {
      markup: 'link-params="utm_source=school&utm_medium=widget"',
      expect: (element) =>
        expect($$(element, 'tfoot a').map((link) => link.getAttribute('href'))).to.deep.equal([
          'https://example.edu/nursing?ref=guide&utm_source=school&utm_medium=widget#apply',
          '/pharmacy?utm_source=school&utm_medium=widget',
        ]),
    },
    {
      markup: 'link-params="?utm_source=school"',
      expect: (element) =>
        expect($$(element, 'tfoot a').map((link) => link.getAttribute('href'))).to.deep.equal([
          'https://example.edu/nursing?ref=guide&utm_source=school#apply',
          '/pharmacy?utm_source=school',
        ]),
    },
    {
      markup: 'lang="es" highlight="nursing"',
      expect: (element) => {
        expect(ownText($$(element, 'tbody th[scope="row"]')[3])).to.equal('Puestos típicos');
        expect(texts(element, '[part~="badge"]')).to.deep.equal(['Nuestro programa']);
        expect(seen($$(element, 'tbody th[scope="row"]')[2])).to.equal('Pay Fuente: Labor statistics, 2023-05');
      },
    },
    {
      markup: 'lang="es-MX"',
      expect: (element) => expect(ownText($$(element, 'tbody th[scope="row"]')[3])).to.equal('Puestos típicos'),
    },
    {
      markup: 'lang="fr"',
      expect: (element) => expect(ownText($$(element, 'tbody th[scope="row"]')[3])).to.equal('Typical roles'),
    },
  ];

  for (const { markup, expect: check } of cases)
    it(`<career-compare ${markup}> => ${markup.split('=')[0]} applied`, async () => {
      check(await renderCompare(`<career-compare data='${data}' ${markup}></career-compare>`));
    });

  it('<div lang="es"><career-compare> => words of the nearest [lang] ancestor', async () => {
    const element = await renderCompare(`<div lang="es"><section><career-compare data='${data}' highlight="nursing"></career-compare></section></div>`);
    expect(ownText($$(element, 'tbody th[scope="row"]')[3])).to.equal('Puestos típicos');
    expect(texts(element, '[part~="badge"]')).to.deep.equal(['Nuestro programa']);
  });

  it('<div lang="es"><career-compare lang="en"> => its own lang wins', async () => {
    const element = await renderCompare(`<div lang="es"><career-compare data='${data}' lang="en"></career-compare></div>`);
    expect(ownText($$(element, 'tbody th[scope="row"]')[3])).to.equal('Typical roles');
  });

  it('<career-compare data="{…strings}"> => the dataset\'s words override the built-in ones', async () => {
    const strings = { ...twoPaths, strings: { roles: 'Jobs you could have', badge: 'Our pick', source: 'From' } };
    const element = await renderCompare(`<career-compare data='${json(strings)}' highlight="nursing"></career-compare>`);
    expect(ownText($$(element, 'tbody th[scope="row"]')[3])).to.equal('Jobs you could have');
    expect(texts(element, '[part~="badge"]')).to.deep.equal(['Our pick']);
    expect(seen($$(element, 'tbody th[scope="row"]')[2])).to.equal('Pay From: Labor statistics, 2023-05');
  });

  for (const markup of ['paths="nursing surgery"', 'criteria="focus salary"', 'highlight="surgery"'])
    it(`<career-compare ${markup}> => an error in place names the unknown id`, async () => {
      const element = await renderCompare(`<career-compare data='${data}' ${markup}></career-compare>`);
      expect(text($(element, '[part~="error"]'))).to.match(/"(surgery|salary)" is not a (path|criterion) id/);
      expect($(element, 'table')).to.equal(null);
    });
});

describe('<career-compare>: later changes', () => {
  const changes: [string, string, (element: CareerCompare) => unknown][] = [
    ['paths', 'pharmacy', (element) => $$(element, 'th[scope="col"]').map(ownText).join() === 'Pharmacy'],
    ['criteria', 'roles', (element) => $$(element, 'tbody th[scope="row"]').map(ownText).join() === 'Typical roles'],
    ['highlight', 'pharmacy', (element) => text($(element, '[part~="badge"]')) === 'Ours'],
    ['heading-level', '4', (element) => $(element, 'h4[part~="title"]')],
    ['no-title', '', (element) => !$(element, '[part~="title"]')],
    ['link-params', 'a=1', (element) => $(element, 'tfoot a')!.getAttribute('href')!.includes('?ref=guide&a=1#apply')],
    ['lang', 'es', (element) => ownText($$(element, 'tbody th[scope="row"]')[3]) === 'Puestos típicos'],
  ];

  for (const [attribute, value, changed] of changes)
    it(`<career-compare ${attribute}="${value}"> set later => re-rendered`, async () => {
      const element = await renderCompare(html`<career-compare data=${data}></career-compare>`);
      expect(changed(element)).to.not.be.ok;
      element.setAttribute(attribute, value);
      await waitUntil(() => changed(element), `${attribute} was not applied`);
    });

  it('should re-render when the paths, criteria and highlight properties are set', async () => {
    const element = await renderCompare(html`<career-compare data=${data}></career-compare>`);
    element.paths = 'pharmacy nursing';
    element.criteria = 'pay';
    element.highlight = 'nursing';
    await element.updateComplete;
    expect($$(element, 'th[scope="col"]').map(ownText)).to.deep.equal(['Pharmacy', 'Nursing']);
    expect($$(element, 'tbody th[scope="row"]').map(ownText)).to.deep.equal(['Pay']);
    expect(ownText($(element, '[part~="badge"]')!.parentElement!)).to.equal('Nursing');
  });

  it('should re-render when the data changes', async () => {
    const element = await renderCompare(html`<career-compare data=${data}></career-compare>`);
    element.data = { ...twoPaths, title: 'Two careers', paths: [{ id: 'nursing', name: 'Nurse' }], criteria: [], roles: [] };
    await waitUntil(() => text($(element, 'caption')) === 'Two careers', 'the new data was not shown');
    expect($$(element, 'th[scope="col"]').map(ownText)).to.deep.equal(['Nurse']);
    expect($$(element, 'tbody th[scope="row"]').map(ownText)).to.deep.equal(['Typical roles']);
  });

  it('should show the error and then the table again when an unknown id is fixed', async () => {
    const element = await renderCompare(html`<career-compare data=${data} highlight="surgery"></career-compare>`);
    expect($(element, '[part~="error"]')).to.exist;
    element.highlight = 'nursing';
    await element.updateComplete;
    expect($(element, '[part~="error"]')).to.equal(null);
    expect(texts(element, '[part~="badge"]')).to.deep.equal(['Our program']);
  });
});

describe('<career-compare>: calls to action', () => {
  it('should fire career-cta with the link, the path and the source, and let a listener stop the navigation', async () => {
    const element = await renderCompare(html`<career-compare data=${data} link-params="utm_source=school" layout="table"></career-compare>`);
    const before = location.href;
    const events: CustomEvent[] = [];
    const cancel = (event: Event) => {
      events.push(event as CustomEvent);
      event.preventDefault();
    };
    document.addEventListener('career-cta', cancel);
    try {
      await click($$(element, 'tfoot a')[1]);
      await waitUntil(() => events.length, 'no career-cta event');
    } finally {
      document.removeEventListener('career-cta', cancel);
    }
    expect(events).to.have.length(1);
    expect(events[0].detail).to.deep.equal({ href: '/pharmacy?utm_source=school', pathId: 'pharmacy', roleId: null, source: 'compare' });
    expect(events[0].target).to.equal(element);
    expect(events[0].cancelable && events[0].bubbles && events[0].composed).to.be.true;
    expect(location.href).to.equal(before);
  });

  it('should fire career-cta from a stacked section too', async () => {
    const element = await renderCompare(html`<career-compare data=${data} layout="stacked"></career-compare>`);
    const events: CustomEvent[] = [];
    const cancel = (event: Event) => {
      events.push(event as CustomEvent);
      event.preventDefault();
    };
    element.addEventListener('career-cta', cancel);
    await click($$(element, 'section a[part~="cta"]')[0]);
    await waitUntil(() => events.length, 'no career-cta event');
    expect(events[0].detail).to.deep.equal({
      href: 'https://example.edu/nursing?ref=guide#apply',
      pathId: 'nursing',
      roleId: null,
      source: 'compare',
    });
  });
});

describe('<career-compare>: a figure with a note', () => {
  const noted = json({
    ...twoPaths,
    criteria: [
      { id: 'pay', label: 'Median pay', value: '$80,000', note: 'Registered nurses, national median, May 2023' },
      { id: 'focus', label: 'Focus', values: { nursing: 'Patients', pharmacy: 'Medicines' }, note: 'In a hospital' },
    ],
  });

  it('<career-compare layout="table"> => the note in the cell, after the value, where a screen reader reads it with the value', async () => {
    const element = await renderCompare(`<career-compare data='${noted}' layout="table"></career-compare>`);
    const [pay, focus] = $$(element, 'tbody tr');
    expect(pay.querySelectorAll('td')).to.have.length(1);
    expect(seen(pay.querySelector('td')!)).to.equal('$80,000 Registered nurses, national median, May 2023');
    expect([...focus.querySelectorAll('td')].map((cell) => seen(cell))).to.deep.equal(['Patients In a hospital', 'Medicines In a hospital']);
  });

  it('<career-compare layout="stacked"> => the note under the value in each section', async () => {
    const element = await renderCompare(`<career-compare data='${noted}' layout="stacked"></career-compare>`);
    expect($$(element, 'section dd').map((cell) => seen(cell))).to.deep.equal([
      '$80,000 Registered nurses, national median, May 2023',
      'Patients In a hospital',
      'Registered nurse Practical nurse',
      '$80,000 Registered nurses, national median, May 2023',
      'Medicines In a hospital',
      'Pharmacist',
    ]);
  });
});
