import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CareerCompare } from '../../src/elements/career-compare.js';
import { $, $$, click, fivePaths, HEALTHCARE, json, ownText, renderCompare, shown, text, texts, twoPaths, waitUntil } from '../helpers.js';
import '../../src/career-paths.js';

const data = json(twoPaths);

/** The element inside a container of a given width, as on a phone or in a page's narrow column. */
const inWidth = (width: number, markup: string) => renderCompare(`<div style="width: ${width}px">${markup}</div>`);

const isStacked = (element: CareerCompare) => $$(element, 'section').length > 0 && !shown($(element, 'table'));
const isTable = (element: CareerCompare) => !$$(element, 'section').length && shown($(element, 'table'));

describe('<career-compare layout="stacked">', () => {
  let element: CareerCompare;
  beforeEach(async () => {
    element = await inWidth(900, `<career-compare data='${data}' layout="stacked" highlight="pharmacy"></career-compare>`);
  });

  it('should show one section per path instead of the table', () => {
    expect($$(element, 'section')).to.have.length(2);
    expect($$(element, 'section').every(shown)).to.be.true;
    expect(shown($(element, 'table'))).to.be.false;
  });

  it('should head each section with its path, one level below the title, with the badge', () => {
    expect($$(element, 'section > h3').map(ownText)).to.deep.equal(['Nursing', 'Pharmacy']);
    expect(texts(element, 'section > h3 [part~="badge"]')).to.deep.equal(['Ours']);
    expect(texts(element, 'section > p')).to.deep.equal(['Caring for patients.']);
  });

  it('should give the criteria as label and value pairs, shared values in every section', () => {
    for (const section of $$(element, 'section')) {
      expect([...section.querySelectorAll('dl > dt')].map(ownText)).to.deep.equal(['Focus', 'Tasks', 'Pay', 'Typical roles']);
      expect(text(section.querySelectorAll('dl > dd')[2])).to.equal('$80,000');
    }
    const [nursing, pharmacy] = $$(element, 'section').map((section) => [...section.querySelectorAll('dd')]);
    expect(text(nursing[0])).to.equal('Patients');
    expect([...nursing[1].querySelectorAll('li')].map(text)).to.deep.equal(['Check vital signs', 'Give care']);
    expect([...nursing[3].querySelectorAll('li')].map(text)).to.deep.equal(['Registered nurse', 'Practical nurse']);
    expect([...pharmacy[3].querySelectorAll('li')].map(text)).to.deep.equal(['Pharmacist']);
  });

  it("should end each section with its path's call to action", () => {
    expect($$(element, 'section').map((section) => text(section.lastElementChild))).to.deep.equal(['Apply for nursing', 'Apply for pharmacy']);
    expect($$(element, 'section > a[part~="cta"]').every(shown)).to.be.true;
  });

  it('should show the sources in the sections', () => {
    expect($$(element, 'section dt a').map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://stats.example.gov/pay',
      'https://stats.example.gov/pay',
    ]);
  });

  for (const [level, section] of [
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 5],
    [5, 6],
    [6, 6],
  ])
    it(`<career-compare layout="stacked" heading-level="${level}"> => h${level} title, h${section} sections`, async () => {
      const leveled = await renderCompare(`<career-compare data='${data}' layout="stacked" heading-level="${level}"></career-compare>`);
      expect($(leveled, '[part~="title"]')!.localName).to.equal(`h${level}`);
      expect($$(leveled, 'section > :first-child').map((heading) => heading.localName)).to.deep.equal([`h${section}`, `h${section}`]);
    });

  it('<career-compare layout="stacked" no-title> => no title, sections at the level the title would have had', async () => {
    const untitled = await renderCompare(`<career-compare data='${data}' layout="stacked" no-title></career-compare>`);
    expect($(untitled, '[part~="title"]')).to.equal(null);
    expect($$(untitled, 'section > h2')).to.have.length(2);
  });
});

describe('<career-compare layout="table">', () => {
  it('should keep the table in a narrow container, scrolling inside a focusable region named by the title', async () => {
    const element = await inWidth(300, `<career-compare data='${data}' layout="table"></career-compare>`);
    const region = $(element, '[role="region"]')!;
    expect(isTable(element)).to.be.true;
    expect(region.getAttribute('aria-label')).to.equal('Nursing or Pharmacy');
    expect(region.contains($(element, 'table'))).to.be.true;
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(element.parentElement!.scrollWidth).to.be.at.most(300);
  });

  it('should take the keyboard focus with Tab and scroll with the arrow keys', async () => {
    const holder = await fixture<HTMLElement>(
      `<div style="width: 300px"><button>Before</button><career-compare data='${data}' layout="table"></career-compare></div>`,
    );
    const element = holder.querySelector('career-compare')!;
    await waitUntil(() => $(element, '[role="region"]'), 'no region');
    holder.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const region = $(element, '[role="region"]')!;
    expect(element.shadowRoot!.activeElement).to.equal(region);
    expect(getComputedStyle(region).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => region.scrollLeft > 0, 'the region did not scroll');
  });

  it('should have no region when the layout is not "table"', async () => {
    const element = await inWidth(900, `<career-compare data='${data}'></career-compare>`);
    expect(isTable(element)).to.be.true;
    expect($(element, '[role="region"], [tabindex]')).to.equal(null);
  });
});

describe('<career-compare> (layout="auto", the default)', () => {
  it('should show the table in a 900px container', async () => {
    expect(isTable(await inWidth(900, `<career-compare data='${data}'></career-compare>`))).to.be.true;
  });

  it('should stack the paths in a 300px container', async () => {
    expect(isStacked(await inWidth(300, `<career-compare data='${data}'></career-compare>`))).to.be.true;
  });

  it('should switch when its container is resized, not the window', async () => {
    const element = await inWidth(900, `<career-compare data='${data}'></career-compare>`);
    const container = element.parentElement!;
    container.style.width = '300px';
    await waitUntil(() => isStacked(element), 'did not stack at 300px');
    container.style.width = '900px';
    await waitUntil(() => isTable(element), 'did not return to the table at 900px');
  });

  it('should stack when its font grows so that the columns no longer fit', async () => {
    const element = await inWidth(600, `<career-compare data='${data}'></career-compare>`);
    expect(isTable(element)).to.be.true;
    element.parentElement!.style.fontSize = '24px';
    await waitUntil(() => isStacked(element), 'did not stack with a larger font');
  });

  it('should follow a later layout attribute', async () => {
    const element = await inWidth(900, `<career-compare data='${data}'></career-compare>`);
    element.setAttribute('layout', 'stacked');
    await waitUntil(() => isStacked(element), 'did not stack');
    element.setAttribute('layout', 'table');
    await waitUntil(() => isTable(element) && $(element, '[role="region"]'), 'did not return to the table');
  });
});

describe('at a width of 320px', () => {
  const long = {
    ...twoPaths,
    paths: [
      { id: 'nursing', name: 'Pneumonoultramicroscopicsilicovolcanoconiosis-specialist-nursing' },
      { id: 'pharmacy', name: 'Pharmacy', cta: { label: 'https://example.edu/a/very/long/address/without/any/spaces', href: '/apply' } },
    ],
  };
  for (const layout of ['auto', 'stacked', 'table'])
    for (const [name, attributes] of [
      ['the healthcare dataset', `src="${HEALTHCARE}"`],
      ['long words', `data='${json(long)}'`],
    ])
      it(`<career-compare layout="${layout}"> with ${name} => no horizontal overflow`, async () => {
        const element = await inWidth(320, `<career-compare ${attributes} layout="${layout}" highlight="nursing"></career-compare>`);
        const container = element.parentElement!;
        expect(container.scrollWidth).to.be.at.most(320);
        expect(element.scrollWidth).to.be.at.most(320);
      });
});

describe('choosing the paths to compare', () => {
  const five = json(fivePaths);
  const boxes = (element: CareerCompare) => $$(element, 'fieldset input[type="checkbox"]') as HTMLInputElement[];
  /** The paths shown, as the table's column headers or, stacked, as the sections' headings. */
  const columns = (element: CareerCompare) => $$(element, '[part~="column-header"]').map(ownText);
  const box = (element: CareerCompare, name: string) => boxes(element).find((input) => text(input.labels![0]) === name)!;

  it('<career-compare> with five paths => a fieldset with a legend and one checked box per path', async () => {
    const element = await renderCompare(`<career-compare data='${five}'></career-compare>`);
    expect(text($(element, 'fieldset > legend'))).to.equal('Paths to compare (at least two)');
    expect(boxes(element).map((input) => [text(input.labels![0]), input.checked])).to.deep.equal([
      ['Nursing', true],
      ['Pharmacy', true],
      ['Dentistry', true],
      ['Therapy', true],
      ['Radiology', true],
    ]);
    expect(columns(element)).to.have.length(5);
  });

  it('<career-compare lang="es"> with five paths => a Spanish legend', async () => {
    const element = await renderCompare(`<career-compare data='${five}' lang="es"></career-compare>`);
    expect(text($(element, 'fieldset > legend'))).to.equal('Trayectorias que comparar (al menos dos)');
  });

  it('<career-compare> with two paths => no choice to make', async () => {
    const element = await renderCompare(`<career-compare data='${data}'></career-compare>`);
    expect($(element, 'fieldset')).to.equal(null);
  });

  it('should update the table in place with Space, keeping the focus on the checkbox', async () => {
    const holder = await fixture<HTMLElement>(`<div><button>Before</button><career-compare data='${five}'></career-compare></div>`);
    const element = holder.querySelector('career-compare')!;
    await waitUntil(() => boxes(element).length === 5, 'no checkboxes');
    holder.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const nursing = box(element, 'Nursing');
    expect(element.shadowRoot!.activeElement).to.equal(nursing);
    await sendKeys({ press: ' ' });
    await waitUntil(() => columns(element).length === 4, 'the column stayed');
    expect(columns(element)).to.deep.equal(['Pharmacy', 'Dentistry', 'Therapy', 'Radiology']);
    expect(nursing.checked).to.be.false;
    expect(element.shadowRoot!.activeElement).to.equal(nursing);
    await sendKeys({ press: ' ' });
    await waitUntil(() => columns(element).length === 5, 'the column did not come back');
    expect(columns(element)).to.deep.equal(['Pharmacy', 'Dentistry', 'Therapy', 'Radiology', 'Nursing']);
    expect(element.shadowRoot!.activeElement).to.equal(nursing);
  });

  it('should keep at least two paths: the last two cannot be unchecked', async () => {
    const element = await renderCompare(`<career-compare data='${five}'></career-compare>`);
    for (const name of ['Nursing', 'Dentistry', 'Radiology']) {
      const input = box(element, name);
      input.focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => !columns(element).includes(name), `${name} stayed`);
    }
    expect(columns(element)).to.deep.equal(['Pharmacy', 'Therapy']);
    expect(boxes(element).map((input) => input.disabled)).to.deep.equal([false, true, false, true, false]);
    await click(box(element, 'Therapy'));
    await element.updateComplete;
    expect(box(element, 'Therapy').checked).to.be.true;
    expect(columns(element)).to.deep.equal(['Pharmacy', 'Therapy']);
  });

  it('<career-compare paths="therapy nursing"> with five paths => those two checked, then more by a click', async () => {
    const element = await renderCompare(`<career-compare data='${five}' paths="therapy nursing"></career-compare>`);
    expect(columns(element)).to.deep.equal(['Therapy', 'Nursing']);
    expect(boxes(element).map((input) => input.checked)).to.deep.equal([true, false, false, true, false]);
    expect(boxes(element).map((input) => input.disabled)).to.deep.equal([true, false, false, true, false]);
    await click(box(element, 'Radiology').labels![0]);
    await waitUntil(() => columns(element).length === 3, 'no column was added');
    expect(columns(element)).to.deep.equal(['Therapy', 'Nursing', 'Radiology']);
    expect(boxes(element).some((input) => input.disabled)).to.be.false;
  });

  it('should start again from a later paths attribute', async () => {
    const element = await renderCompare(`<career-compare data='${five}'></career-compare>`);
    box(element, 'Nursing').click();
    await waitUntil(() => columns(element).length === 4, 'the column stayed');
    element.setAttribute('paths', 'radiology dentistry');
    await waitUntil(() => columns(element).join() === 'Radiology,Dentistry', 'the attribute was not applied');
    expect(boxes(element).map((input) => input.checked)).to.deep.equal([false, false, true, false, true]);
  });

  it('should stack five paths at 900px, and show the table once two are left', async () => {
    const element = await inWidth(900, `<career-compare data='${five}'></career-compare>`);
    expect(isStacked(element)).to.be.true;
    for (const name of ['Nursing', 'Dentistry', 'Radiology']) {
      box(element, name).click();
      await element.updateComplete;
    }
    await waitUntil(() => isTable(element), 'the table did not come back');
    expect(columns(element)).to.deep.equal(['Pharmacy', 'Therapy']);
  });
});

describe('<career-compare layout="stacked">', () => {
  it('=> builds one view only: the sections, and no hidden table beside them', async () => {
    const element = await renderCompare(`<career-compare data='${json(fivePaths)}' layout="stacked"></career-compare>`);
    expect($$(element, 'section').filter(shown)).to.have.length(5);
    expect($(element, 'table')).to.equal(null);
  });
});
