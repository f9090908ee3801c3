/**
 * What a page that swaps the dataset gets, as a framework does when its state changes: the
 * student's choice follows the data, the page's own attributes are still checked, and nothing is
 * checked against a dataset that is about to be replaced.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/career-paths.js';
import type { CareerElement } from '../../src/elements/career-element.js';
import type { CareerPicker } from '../../src/elements/career-picker.js';
import type { Dataset } from '../../src/dataset/format.js';
import { $, $$, choice, click, HEALTHCARE, renderCompare, renderPicker, roleButton, text, twoPaths, waitUntil } from '../helpers.js';

let healthcare: Dataset;
before(async () => {
  healthcare = await (await fetch(HEALTHCARE)).json();
});

/** Healthcare without the administration path and its roles, and without the "finance" interest. */
const managementOnly = (): Dataset => ({
  ...healthcare,
  paths: healthcare.paths.filter((path) => path.id === 'management'),
  criteria: [],
  interests: healthcare.interests!.filter((interest) => interest.id !== 'finance'),
  roles: healthcare
    .roles!.filter((role) => role.path === 'management')
    .map((role) => ({ ...role, interests: role.interests?.filter((id) => id !== 'finance') })),
});

/** The errors an element reports, by event and on the console, from now on. */
function errorsOf(element: CareerElement) {
  const errors: string[] = [];
  element.addEventListener('career-error', (event) => errors.push(`career-error: ${event.detail.message}`));
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args[0]}`);
    consoleError(...args);
  };
  after(() => (console.error = consoleError));
  return errors;
}

const titles = (element: CareerPicker) => $$(element, '[part~="role"] > button').map(text);
const opened = (element: CareerPicker) => $$(element, '[aria-expanded="true"]').map(text);
const shownError = (element: CareerElement) => text($(element, '[part~="error"]'));

describe('when the dataset changes', () => {
  describe('<career-picker>', () => {
    it('a role the student opened that the new data lacks => closed quietly, its attribute removed', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      await click(roleButton(element, 'Office manager'));
      await element.updateComplete;
      expect(element.getAttribute('selected')).to.equal('office-manager');
      const errors = errorsOf(element);
      element.data = managementOnly();
      await element.updateComplete;
      expect(shownError(element)).to.equal('');
      expect(titles(element)).to.include('Hospital administrator');
      expect(opened(element)).to.be.empty;
      expect(element.hasAttribute('selected')).to.be.false;
      expect(errors).to.be.empty;
      // The old data back: the role stays closed, still without an error.
      element.data = healthcare;
      await element.updateComplete;
      expect(opened(element)).to.be.empty;
      expect(errors).to.be.empty;
    });

    it('a role the student opened that the new data has => still open', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      await click(roleButton(element, 'Hospital administrator'));
      element.data = managementOnly();
      await element.updateComplete;
      expect(opened(element)).to.deep.equal(['Hospital administrator']);
      expect(element.getAttribute('selected')).to.equal('hospital-administrator');
    });

    it('a path and interests the student chose that the new data lacks => dropped quietly, the known interests kept', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} path="management"></career-picker>`);
      await click(choice(element, 'Healthcare Administration'));
      await click(choice(element, 'Money and budgets'));
      await click(choice(element, 'Planning and strategy'));
      await element.updateComplete;
      expect([element.getAttribute('path'), element.getAttribute('interests')]).to.deep.equal(['administration', 'strategy finance']);
      const errors = errorsOf(element);
      element.data = managementOnly();
      await element.updateComplete;
      expect(shownError(element)).to.equal('');
      expect(choice(element, 'All paths').checked).to.be.true;
      expect(choice(element, 'Planning and strategy').checked).to.be.true;
      expect([element.getAttribute('path'), element.getAttribute('interests')]).to.deep.equal([null, 'strategy']);
      expect(errors).to.be.empty;
    });

    it('<career-picker selected="office-manager"> set by the page, and new data without that role => the error, as for any unknown id', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} selected="office-manager"></career-picker>`);
      const errors = errorsOf(element);
      element.data = managementOnly();
      await element.updateComplete;
      expect(shownError(element)).to.contain('selected: "office-manager" is not a role id');
      expect(errors).to.have.length(2);
    });

    it('<career-picker path="administration"> set by the page after the student chose => the page is told, as for any unknown id', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      await click(choice(element, 'Healthcare Management'));
      element.setAttribute('path', 'administration');
      element.data = managementOnly();
      await element.updateComplete;
      expect(shownError(element)).to.contain('path: "administration" is not a path id');
    });

    it('src and selected changed together => no error against the old data, the new role opens', async () => {
      const element = await renderPicker(html`<career-picker src="/test/pages/small.json"></career-picker>`);
      const errors = errorsOf(element);
      element.src = `/slow?ms=300&file=${HEALTHCARE}&together=picker`;
      element.selected = 'office-manager';
      await element.updateComplete;
      expect(shownError(element)).to.equal('');
      await waitUntil(() => opened(element).length, 'the new data should arrive with the role open');
      expect(opened(element)).to.deep.equal(['Office manager']);
      expect(errors).to.be.empty;
    });
  });

  describe('<career-compare>', () => {
    it('src and highlight changed together => no error against the old data, then the new column highlighted', async () => {
      const element = await renderCompare(html`<career-compare .data=${twoPaths} highlight="nursing"></career-compare>`);
      const errors = errorsOf(element);
      element.data = undefined;
      element.src = `/slow?ms=300&file=${HEALTHCARE}&together=compare`;
      element.highlight = 'management';
      await element.updateComplete;
      expect(shownError(element)).to.equal('');
      await waitUntil(
        () => $(element, '[part~="badge"]')?.closest('th')?.textContent?.includes('Healthcare Management'),
        'the new column should be highlighted',
      );
      expect(errors).to.be.empty;
    });

    it('src changed back to a file already loaded, with a highlight that it lacks => the error once it is loaded', async () => {
      const element = await renderCompare(html`<career-compare src=${HEALTHCARE} highlight="management"></career-compare>`);
      element.src = '/test/pages/small.json';
      element.highlight = 'small';
      await waitUntil(() => $(element, '[part~="badge"]')?.closest('th')?.textContent?.includes('Small path'), 'the small file should show');
      element.src = HEALTHCARE;
      await waitUntil(() => shownError(element), 'the unknown highlight should be reported');
      expect(shownError(element)).to.contain('highlight: "small" is not a path id');
    });
  });
});

describe('<career-compare data="[object Object]">, an object set before the element was defined', () => {
  it('should say that the data was set as text, and to set the property', async () => {
    const element = await renderCompare(html`<career-compare data="[object Object]"></career-compare>`);
    expect(shownError(element)).to.contain('The data was set as text ([object Object]) before the element was defined; set the data property instead');
    expect(shownError(element)).not.to.contain('malformed');
  });
});
