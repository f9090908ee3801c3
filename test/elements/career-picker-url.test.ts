import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/career-paths.js';
import type { CareerPicker } from '../../src/elements/career-picker.js';
import type { Dataset } from '../../src/dataset/format.js';
import { $$, HEALTHCARE, choice, click, renderPicker, roleButton, text, waitUntil } from '../helpers.js';

let healthcare: Dataset;
before(async () => {
  healthcare = await (await fetch(HEALTHCARE)).json();
});

const opened = (element: CareerPicker) => $$(element, '[aria-expanded="true"]').map(text);

/** Sets the fragment without a history entry or a hashchange event, as a page loaded with it would have. */
const setHash = (hash: string) => history.replaceState(null, '', location.pathname + location.search + hash);

describe('<career-picker sync-url>', () => {
  afterEach(() => setHash(''));

  describe('when the student chooses', () => {
    it('<career-picker sync-url id="picker"> => writes path, interests and the opened role into the fragment', async () => {
      const element = await renderPicker(html`<career-picker id="picker" sync-url .data=${healthcare}></career-picker>`);
      const entries = history.length;
      await click(choice(element, 'Healthcare Administration'));
      expect(location.hash).to.equal('#picker=path:administration');
      await click(choice(element, 'Helping patients and families'));
      await click(choice(element, 'Records and data'));
      expect(location.hash).to.equal('#picker=path:administration,interests:patients+records');
      await element.updateComplete;
      await click(roleButton(element, 'Office manager'));
      expect(location.hash).to.equal('#picker=path:administration,interests:patients+records,role:office-manager');
      await click(roleButton(element, 'Office manager'));
      await click(choice(element, 'All paths'));
      expect(location.hash).to.equal('#picker=interests:patients+records');
      expect(history.length, 'no history entry per click').to.equal(entries);
    });

    it("should keep a plain anchor and other pickers' entries", async () => {
      setHash('#intro&other=path:management');
      const element = await renderPicker(html`<career-picker id="picker" sync-url .data=${healthcare}></career-picker>`);
      await click(choice(element, 'Healthcare Administration'));
      expect(location.hash).to.equal('#intro&other=path:management&picker=path:administration');
      await click(choice(element, 'All paths'));
      expect(location.hash).to.equal('#intro&other=path:management');
    });

    it('should drop the fragment when the choice is cleared and nothing else was there', async () => {
      const element = await renderPicker(html`<career-picker id="picker" sync-url .data=${healthcare}></career-picker>`);
      await click(choice(element, 'Healthcare Management'));
      await click(choice(element, 'All paths'));
      expect(location.hash).to.equal('');
    });

    it('<career-picker id="picker"> without sync-url => leaves the URL alone', async () => {
      const element = await renderPicker(html`<career-picker id="picker" .data=${healthcare}></career-picker>`);
      await click(choice(element, 'Healthcare Management'));
      expect(location.hash).to.equal('');
    });
  });

  describe('when the page is loaded again', () => {
    it('should restore the choice written before, in a new element with the same id', async () => {
      let element = await renderPicker(html`<career-picker id="picker" sync-url .data=${healthcare}></career-picker>`);
      await click(choice(element, 'Healthcare Management'));
      await click(choice(element, 'Money and budgets'));
      await element.updateComplete;
      await click(roleButton(element, 'Health advocate'));
      const written = location.hash;
      fixtureCleanup();
      expect(location.hash).to.equal(written);

      element = await renderPicker(html`<career-picker id="picker" sync-url .data=${healthcare}></career-picker>`);
      expect(choice(element, 'Healthcare Management').checked).to.be.true;
      expect(choice(element, 'Money and budgets').checked).to.be.true;
      expect(opened(element)).to.deep.equal(['Health advocate']);
      expect(element.getAttribute('path')).to.equal('management');
      expect(element.getAttribute('interests')).to.equal('finance');
      expect(element.getAttribute('selected')).to.equal('health-advocate');
    });

    it('should let the fragment win over the attributes, and read only its own entry', async () => {
      setHash('#picker=path:administration&other=path:management,role:health-advocate');
      const element = await renderPicker(
        html`<career-picker id="picker" sync-url path="management" interests="finance" src="/data/healthcare-management-vs-administration.json"></career-picker>`,
      );
      await waitUntil(() => element.path === 'administration', `path is ${element.path}`);
      expect(element.hasAttribute('interests')).to.be.false;
      expect(opened(element)).to.deep.equal([]);
    });

    it('should drop ids the data no longer has instead of failing', async () => {
      setHash('#picker=path:surgery,interests:records+juggling,role:astronaut');
      const element = await renderPicker(html`<career-picker id="picker" sync-url .data=${healthcare}></career-picker>`);
      expect(element.shadowRoot!.querySelector('[part~="error"]')).to.be.null;
      expect(element.hasAttribute('path')).to.be.false;
      expect(element.getAttribute('interests')).to.equal('records');
      expect(element.hasAttribute('selected')).to.be.false;
    });

    it('should raise no event when restoring', async () => {
      setHash('#picker=path:management');
      const element = document.createElement('career-picker');
      const events: Event[] = [];
      element.addEventListener('career-filter', (event) => events.push(event));
      element.addEventListener('career-select', (event) => events.push(event));
      Object.assign(element, { id: 'picker', syncUrl: true, data: healthcare });
      const holder = await fixture(html`<div></div>`);
      holder.append(element);
      await waitUntil(() => element.path === 'management');
      expect(events).to.be.empty;
      expect(text(element.shadowRoot!.querySelector('[part~="status"]'))).to.equal('');
    });
  });

  describe('when the fragment changes', () => {
    it('should follow a hashchange to its entry', async () => {
      const element = await renderPicker(html`<career-picker id="picker" sync-url .data=${healthcare}></career-picker>`);
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#picker=path:administration,interests:records,role:medical-records-manager';
      await changed;
      await element.updateComplete;
      expect(choice(element, 'Healthcare Administration').checked).to.be.true;
      expect(choice(element, 'Records and data').checked).to.be.true;
      expect(opened(element)).to.deep.equal(['Medical records manager']);
    });

    it('should ignore a hashchange once it is removed from the page', async () => {
      const element = await renderPicker(html`<career-picker id="picker" sync-url .data=${healthcare}></career-picker>`);
      element.remove();
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#picker=path:administration';
      await changed;
      expect(element.path).to.be.undefined;
    });
  });

  describe('without an id', () => {
    it('<career-picker sync-url> => warns once and leaves the URL alone', async () => {
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const element = await renderPicker(html`<career-picker sync-url .data=${healthcare}></career-picker>`);
        await click(choice(element, 'Healthcare Management'));
        await click(roleButton(element, 'Health advocate'));
        expect(location.hash).to.equal('');
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.contain('id');
      } finally {
        console.warn = warn;
      }
    });
  });
});
