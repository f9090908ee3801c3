import { expect, fixture, html } from '@open-wc/testing';
import '../../src/career-paths.js';
import type { CareerCompare } from '../../src/elements/career-compare.js';
import type { Dataset } from '../../src/dataset/format.js';
import { waitUntil } from '../helpers.js';

const dataset = (title: string): Dataset => ({ version: 1, title, paths: [{ id: 'a', name: `${title} path` }] });
const dataJson = (title: string) => JSON.stringify(dataset(title));

/** The text of the first column header: what the element rendered from its data. */
const firstColumn = (element: Element) => element.shadowRoot?.querySelector('th[scope="col"]')?.textContent?.trim();

async function rendered(element: CareerCompare, text: string) {
  await waitUntil(() => firstColumn(element) === text, `expected "${text}", saw "${firstColumn(element)}"`);
}

describe('loading the dataset', () => {
  it('<career-compare data="{…}"> => renders the JSON text of the attribute', async () => {
    const element = await fixture<CareerCompare>(html`<career-compare data=${dataJson('Attr')}></career-compare>`);
    await rendered(element, 'Attr path');
  });

  it('<career-compare src="…json"> => renders the fetched file', async () => {
    const element = await fixture<CareerCompare>(html`<career-compare src="/data/healthcare-management-vs-administration.json"></career-compare>`);
    await rendered(element, 'Healthcare Management');
  });

  it('<career-compare><script type="application/json"> => renders the child script', async () => {
    const element = await fixture<CareerCompare>(`<career-compare><script type="application/json">${dataJson('Child')}</script></career-compare>`);
    await rendered(element, 'Child path');
  });

  it('should prefer data over src over the child script', async () => {
    const element = await fixture<CareerCompare>(
      `<career-compare data='${dataJson('Attr')}' src="/data/healthcare-management-vs-administration.json"><script type="application/json">${dataJson('Child')}</script></career-compare>`,
    );
    await rendered(element, 'Attr path');
    element.removeAttribute('data');
    await rendered(element, 'Healthcare Management');
    element.removeAttribute('src');
    await rendered(element, 'Child path');
  });

  it('should accept an object set as the data property', async () => {
    const element = await fixture<CareerCompare>(html`<career-compare></career-compare>`);
    element.data = dataset('Object');
    await rendered(element, 'Object path');
  });

  it('should re-render when the data attribute changes', async () => {
    const element = await fixture<CareerCompare>(html`<career-compare data=${dataJson('One')}></career-compare>`);
    await rendered(element, 'One path');
    element.setAttribute('data', dataJson('Two'));
    await rendered(element, 'Two path');
  });

  it('should re-render when the child script changes', async () => {
    const element = await fixture<CareerCompare>(`<career-compare><script type="application/json">${dataJson('Before')}</script></career-compare>`);
    await rendered(element, 'Before path');
    element.querySelector('script')!.textContent = dataJson('After');
    await rendered(element, 'After path');
  });

  it('should render a child script added after the element', async () => {
    const element = await fixture<CareerCompare>(html`<career-compare><p>Fallback</p></career-compare>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = dataJson('Added');
    element.append(script);
    await rendered(element, 'Added path');
  });

  it('should not read the data again when only the fallback changes, as a translation plug-in does', async () => {
    const element = await fixture<CareerCompare>(
      `<career-compare><script type="application/json">{"version": 1,}</script><p>Hello <b>there</b></p></career-compare>`,
    );
    const errors: Event[] = [];
    element.addEventListener('career-error', (event) => errors.push(event));
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="error"]'), 'the malformed JSON was not reported');
    await element.updateComplete;
    const before = errors.length;
    const fallback = element.querySelector('p')!;
    fallback.firstChild!.textContent = 'Hola ';
    fallback.querySelector('b')!.textContent = 'a todos';
    fallback.after(document.createTextNode(' '), document.createElement('hr'));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await element.updateComplete;
    expect(errors.length, 'career-error raised again').to.equal(before);
    // The data script is still watched.
    element.querySelector('script')!.textContent = dataJson('Fixed');
    await rendered(element, 'Fixed path');
  });

  it('should fetch a URL once however many elements name it', async () => {
    const url = `/data/healthcare-management-vs-administration.json?once=${Math.random()}`;
    const before = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url)).length;
    const holder = await fixture(html`<div>${[1, 2, 3, 4, 5].map(() => html`<career-compare src=${url}></career-compare>`)}</div>`);
    const elements = [...holder.querySelectorAll('career-compare')];
    for (const element of elements) await rendered(element, 'Healthcare Management');
    const after = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url)).length;
    expect(after - before).to.equal(1);
  });

  it('should show the light-DOM content until the data arrives', async () => {
    const element = await fixture<CareerCompare>(html`<career-compare><p>Fallback</p></career-compare>`);
    expect(element.shadowRoot!.querySelector('slot')).to.exist;
    expect(element.querySelector('p')!.offsetHeight).to.be.greaterThan(0);
  });
});
