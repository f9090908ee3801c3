import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { click, frame, isWebKit, selectAll, shown, text, violations, waitUntil } from '../helpers.js';
import { mountEditorPage } from './helpers.js';

type Page = Awaited<ReturnType<typeof mountEditorPage>>;
const KEY = 'career-paths-editor-layout-test';

/** Whether the whole of the element's box is on the screen. */
const inView = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 1 && box.right <= innerWidth + 1;
};

/** The heading button of a section of the forms ("Paths", "Roles", …). */
const sectionButton = (page: Page, id: string) => page.$<HTMLButtonElement>(`[data-part="${id}"] h3 button`);

describe('the dataset editor, laid out as an authoring app', () => {
  let page: Page;
  // WebKit cannot resize its window here (CONTRIBUTING.md): these tests run in Chromium and Firefox.
  before(function () {
    if (isWebKit) this.skip();
  });
  afterEach(() => {
    page?.remove();
    localStorage.removeItem(KEY);
    window.scrollTo(0, 0);
  });
  after(async () => {
    if (!isWebKit) await setViewport({ width: 800, height: 600 });
  });

  describe('at 1440×900', () => {
    beforeEach(async () => {
      await setViewport({ width: 1440, height: 900 });
      page = await mountEditorPage({ key: KEY });
    });

    it('should keep the preview on screen beside a criterion edited deep in the form, its row shown first', async function () {
      this.timeout(30_000);
      const value = page.$<HTMLInputElement>('#field-criteria-6-label');
      await click(value);
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '!' });
      expect(document.activeElement).to.equal(value);
      // The field is far down the page: the page has scrolled, the preview has stayed.
      expect(scrollY).to.be.above(2000);
      expect(inView(value)).to.be.true;
      expect(inView(page.$('#preview-pane')), 'the preview pane is on screen').to.be.true;
      const compare = page.$('#preview > career-compare');
      await waitUntil(() => compare.getAttribute('criteria')?.startsWith('outlook '), 'the row edited is not first');
      expect(text(page.$('#preview-note'))).to.equal(
        'The widget as your page will show it. The row you are editing, "Projected growth, one related occupation!", is shown first.',
      );
      const firstRow = () => text(compare.shadowRoot!.querySelector('tbody th[scope="row"]'));
      await waitUntil(() => firstRow().startsWith('Projected growth, one related occupation!'), 'the table does not begin with the row edited');
    });

    it("should open the role whose field is focused in the preview's picker", async function () {
      this.timeout(30_000);
      expect(page.$('#preview > career-compare')).to.exist;
      await click(page.$('#field-roles-7-title'));
      await waitUntil(() => page.$('#preview > career-picker')?.getAttribute('selected') === 'office-manager', 'the picker did not open the role');
      const picker = page.$('#preview > career-picker');
      await waitUntil(() => picker.shadowRoot?.querySelector('[part~="role-details"]'), 'the role is not open');
      expect(picker.shadowRoot!.querySelector('[part~="role-details"]')!.id).to.equal('office-manager');
      expect(page.$<HTMLInputElement>('input[name="preview-tag"][value="career-picker"]').checked).to.be.true;
      // The snippet still places the comparison: the preview only follows the edit.
      expect(page.$<HTMLInputElement>('input[name="tag"][value="career-compare"]').checked).to.be.true;
      expect(inView(page.$('#preview-pane'))).to.be.true;

      await click(page.$('input[name="preview-tag"][value="career-compare"]'));
      await waitUntil(() => page.$('#preview > career-compare'), 'the switch did not show the comparison');
      await click(page.$('#preview-phone'));
      expect(Math.round(page.$('#preview').getBoundingClientRect().width)).to.equal(390 + 2 * 16 + 2);
    });

    it('should show each section with its counts, fold it and open it again', async () => {
      expect(text(sectionButton(page, 'about'))).to.equal('About this comparison (no problems)');
      expect(text(sectionButton(page, 'paths'))).to.equal('Paths (2 paths, no problems)');
      expect(text(sectionButton(page, 'criteria'))).to.equal('Criteria (7 criteria, no problems)');
      expect(text(sectionButton(page, 'interests'))).to.equal('Interests (8 interests, no problems)');
      expect(text(sectionButton(page, 'roles'))).to.equal('Roles (10 roles, no problems)');
      const before = document.documentElement.scrollHeight;

      await click(sectionButton(page, 'roles'));
      expect(sectionButton(page, 'roles').getAttribute('aria-expanded')).to.equal('false');
      expect(shown(page.button('Add role'))).to.be.false;
      expect(document.documentElement.scrollHeight).to.be.below(before);
      await sendKeys({ press: 'Enter' });
      expect(sectionButton(page, 'roles').getAttribute('aria-expanded')).to.equal('true');
      expect(shown(page.button('Add role'))).to.be.true;

      // A problem is counted in its section, and the preview says that it waits.
      await click(page.$('#field-paths-1-name'));
      await selectAll();
      await sendKeys({ press: 'Backspace' });
      expect(text(sectionButton(page, 'paths'))).to.equal('Paths (2 paths, 1 problem)');
      expect(text(page.$('#preview-note'))).to.equal('Showing your last version without problems (1 to fix).');
    });

    it('should fold an item to one line once the focus leaves it, and open it again with Enter', async function () {
      this.timeout(30_000);
      const first = () => page.$<HTMLDetailsElement>('[data-item="paths[0]"] > details');
      await click(page.$('#field-paths-0-summary'));
      expect(first().open).to.be.true;
      await click(page.$('#field-paths-1-name'));
      await waitUntil(() => !first().open, 'the item left did not fold');
      expect(text(first().querySelector('summary'))).to.equal('Path 1: Healthcare Management');
      expect(page.$<HTMLDetailsElement>('[data-item="paths[1]"] > details').open).to.be.true;
      first().querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => first().open, 'Enter did not open the item');
      expect(shown(page.$('#field-paths-0-name'))).to.be.true;
    });

    it("should not show the previous dataset's content after New dataset", async function () {
      this.timeout(30_000);
      await waitUntil(() => page.$('#preview > career-compare'), 'the preview did not show the example');
      await click(page.button('New dataset'));
      await click(page.$('#confirm-ok'));
      expect(page.$('#preview').children).to.have.length(0);
      expect(text(page.$('#preview-note'))).to.equal('The preview shows once the data has a title and a path, with no problems.');
    });

    it('should name the three steps, with the snippet in the last', async function () {
      this.timeout(60_000);
      expect(page.$$('.steps li').map(text)).to.deep.equal(['Content', 'Check', 'Place it on your site']);
      expect(page.$$('.step > h2').map(text)).to.deep.equal(['1. Content', '2. Check', '3. Place it on your site']);
      expect(page.$('#step-place').contains(page.button('Copy snippet'))).to.be.true;
      expect(page.$('#step-check').contains(page.$('#problem-count'))).to.be.true;
      expect(await violations(page.main)).to.deep.equal([]);
    });
  });

  describe('at 390 px', () => {
    beforeEach(async () => {
      await setViewport({ width: 390, height: 844 });
      page = await mountEditorPage({ key: KEY });
    });

    it('should show the preview from a "Preview" button, close it with Escape, and never scroll sideways', async function () {
      this.timeout(60_000);
      await frame();
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      const open = page.button('Preview');
      expect(open.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(page.$('#preview')).visibility).to.equal('hidden');
      await click(open);
      expect(open.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(page.$('#preview')).visibility).to.equal('visible');
      expect(inView(page.$('#preview-heading'))).to.be.true;
      expect(document.activeElement).to.equal(page.$('#preview-heading'));
      await waitUntil(() => page.$('#preview > career-compare')?.shadowRoot?.querySelector('caption, h2'), 'the preview did not render');
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      expect(await violations(page.main)).to.deep.equal([]);

      await sendKeys({ press: 'Escape' });
      expect(getComputedStyle(page.$('#preview')).visibility).to.equal('hidden');
      expect(document.activeElement).to.equal(page.button('Preview'));
    });
  });
});
