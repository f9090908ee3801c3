/**
 * Nothing is lost: the history is kept with the work, so Undo goes back after a reload, even
 * over a replace; a second tab that saves the same work is noticed before anything is
 * overwritten; and a full storage is said on the page.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { click, selectAll, text, waitUntil } from '../helpers.js';
import { mountEditorPage } from './helpers.js';
import { MemoryStorage } from './memory-storage.js';

const KEY = 'career-paths-editor-history-test';

type Page = Awaited<ReturnType<typeof mountEditorPage>>;

describe('the editor keeps its history', function () {
  // Each test types into, reloads and asks the whole editor, in a machine that may be busy.
  this.timeout(60_000);
  const pages: Page[] = [];
  const open = async (options: Parameters<typeof mountEditorPage>[0] = {}) => {
    const page = await mountEditorPage({ key: KEY, ...options });
    pages.push(page);
    return page;
  };
  afterEach(() => {
    for (const page of pages.splice(0)) page.remove();
    localStorage.removeItem(KEY);
  });

  async function typeTitle(page: Page, title: string) {
    await click(page.field('Title'));
    await selectAll();
    await sendKeys({ type: title });
  }

  /** Answers the editor's "replace the work?" question with yes. */
  async function confirmReplace(page: Page) {
    await waitUntil(() => page.$<HTMLDialogElement>('#confirm').open, 'the editor did not ask first');
    await click(page.$('#confirm-ok'));
  }

  describe('when the page is reloaded', () => {
    it('should go back to the title before the typing with Undo, and forward again with Redo', async () => {
      const page = await open();
      const before = page.field('Title').value;
      await typeTitle(page, 'Our programs');
      page.reload();
      expect(page.field('Title').value).to.equal('Our programs');
      expect(page.button('Undo').disabled).to.be.false;
      await click(page.button('Undo'));
      expect(page.field('Title').value).to.equal(before);
      await click(page.button('Redo'));
      expect(page.field('Title').value).to.equal('Our programs');
    });

    it('should bring back the work that "Load the example" replaced, with Undo', async () => {
      const page = await open();
      await click(page.button('New dataset'));
      await confirmReplace(page);
      await typeTitle(page, 'Nursing vs. Medical Assisting');
      await click(page.button('Load the example'));
      await confirmReplace(page);
      expect(page.field('Title').value).to.equal(page.example.title);
      page.reload();
      await click(page.button('Undo'));
      expect(page.field('Title').value).to.equal('Nursing vs. Medical Assisting');
      await click(page.button('Undo'));
      expect(page.field('Title').value).to.equal('');
    });

    it('should keep work saved by the earlier editor, and its history from then on', async () => {
      localStorage.setItem(KEY, JSON.stringify({ dataset: { version: 1, title: 'Saved before', paths: [] }, settings: { tag: 'career-picker' } }));
      const page = await open({ fresh: false });
      expect(page.field('Title').value).to.equal('Saved before');
      expect(page.$<HTMLInputElement>('input[name="tag"][value="career-picker"]').checked).to.be.true;
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.include({ version: 2 });
      await typeTitle(page, 'Saved after');
      page.reload();
      await click(page.button('Undo'));
      expect(page.field('Title').value).to.equal('Saved before');
    });
  });

  describe('when the same work is open in two tabs', () => {
    it('should say in the other tab that it changed, which copy is newer, and overwrite nothing until told', async () => {
      const first = await open();
      const second = await open({ fresh: false });
      await typeTitle(first, 'Typed in the first tab');
      await waitUntil(() => second.main.querySelector('#other-tab'), 'the second tab did not notice');
      expect(text(second.$('#other-tab-words'))).to.match(
        /^This dataset was changed in another tab at \d.*\. That copy is newer: this one was last changed at \d/,
      );
      expect(text(second.$('#saved'))).not.to.include('Saved');

      await typeTitle(second, 'Typed in the second tab');
      expect(JSON.parse(localStorage.getItem(KEY)!).dataset.title).to.equal('Typed in the first tab');
      expect(text(second.$('#saved'))).to.match(/^Not saved/);
      expect(text(second.$('#other-tab-words'))).to.include('This copy is newer');

      await click(second.button('Load that version'));
      expect(second.field('Title').value).to.equal('Typed in the first tab');
      expect(second.main.querySelector('#other-tab')).to.equal(null);
    });

    it('should save this tab\'s copy over the other one on "Keep this one", and tell the other tab', async () => {
      const first = await open();
      const second = await open({ fresh: false });
      await typeTitle(first, 'First');
      await waitUntil(() => second.main.querySelector('#other-tab'), 'the second tab did not notice');
      await typeTitle(second, 'Second');
      await click(second.button('Keep this one'));
      expect(JSON.parse(localStorage.getItem(KEY)!).dataset.title).to.equal('Second');
      expect(text(second.$('#saved'))).to.equal('Saved in this browser.');
      await waitUntil(() => first.main.querySelector('#other-tab'), 'the first tab did not notice');
      expect(text(first.$('#saved'))).to.match(/^Not saved/);
    });
  });

  describe('when the browser storage is full', () => {
    it('should say on the page that the work is not saved, and how to keep it', async () => {
      const page = await open({ storage: new MemoryStorage(() => true) });
      await typeTitle(page, 'Not kept');
      expect(text(page.$('#saved'))).to.equal("Not saved: the browser's storage is full. Download the JSON to keep your work.");
    });

    it('should save the work without the history that does not fit, and say so', async () => {
      // Full once more than one step of history is in it.
      const storage = new MemoryStorage((value) => JSON.parse(value).past.length > 1);
      const page = await open({ storage });
      await typeTitle(page, 'A title');
      expect(text(page.$('#saved'))).to.equal('Saved in this browser.');
      await click(page.button('Add path'));
      expect(text(page.$('#saved'))).to.equal("Saved in this browser with only the last 1 step of Undo: the browser's storage is full.");
      expect(JSON.parse(storage.getItem(KEY)!).dataset.paths).to.have.length(page.example.paths.length + 1);
    });
  });
});
