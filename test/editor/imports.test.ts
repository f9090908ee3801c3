/**
 * Replacing the work: every replace asks first, in a dialog whose focus starts on "Cancel", says
 * what it will change, and is undone in one step; an import keeps nothing of the dataset it
 * replaces, and a refused one says only what is wrong and that nothing changed.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { click, text, violations, waitUntil } from '../helpers.js';
import { choose, drop, mountEditorPage } from './helpers.js';

type Page = Awaited<ReturnType<typeof mountEditorPage>>;
const KEY = 'career-paths-editor-imports-test';
const EXAMPLE_TITLE = 'Healthcare Management vs. Healthcare Administration';

/** Two paths, three criteria and four roles, with no `dataset` row: no title, link or source. */
const NURSING = [
  'type,name,path,text',
  'path,Nursing (ADN),,',
  'path,Medical Assisting,,',
  'criterion,Program length,Nursing (ADN),2 years',
  'criterion,Program length,Medical Assisting,1 year',
  'criterion,Cost,,Varies',
  'criterion,Format,,In person',
  'role,Registered nurse,Nursing (ADN),',
  'role,Charge nurse,Nursing (ADN),',
  'role,Medical assistant,Medical Assisting,',
  'role,Clinic coordinator,Medical Assisting,',
].join('\r\n');

const csv = (content: string, name = 'nursing.csv') => new File([content], name, { type: 'text/csv' });
const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null')?.dataset;

describe('replacing the work in the editor', () => {
  let page: Page;
  let dialog: HTMLDialogElement;
  beforeEach(async () => {
    page = await mountEditorPage({ key: KEY });
    dialog = page.$<HTMLDialogElement>('#confirm');
  });
  afterEach(() => {
    page.remove();
    localStorage.removeItem(KEY);
  });

  /** Imports the Nursing sheet over the example, and waits for the question. */
  async function importNursing() {
    choose(page.$<HTMLInputElement>('#import-file'), csv(NURSING));
    await waitUntil(() => dialog.open, 'the import did not ask first');
  }

  it('should ask before a spreadsheet replaces the example, saying what changes, with the focus on Cancel', async function () {
    this.timeout(60_000);
    await importNursing();
    expect(text(page.$('#confirm-title'))).to.equal('Import spreadsheet?');
    expect(text(page.$('#confirm-message'))).to.equal(
      `This replaces "${EXAMPLE_TITLE}" (2 paths, 7 criteria, 8 interests and 10 roles) with 2 paths, 3 criteria, 0 interests and 4 roles from "nursing.csv". ` +
        'It gives no title, introduction, call to action and source: they are left empty. You can undo it afterwards.',
    );
    expect(document.activeElement).to.equal(page.$('#confirm-cancel'));
    expect(text(document.activeElement)).to.equal('Cancel');
    expect(await violations(dialog)).to.deep.equal([]);
  });

  for (const key of ['Enter', 'Escape'])
    it(`${key} in the question => it closes and nothing changes`, async () => {
      const before = localStorage.getItem(KEY);
      await importNursing();
      await sendKeys({ press: key });
      await waitUntil(() => !dialog.open, `${key} did not close the question`);
      expect(page.field('Title').value).to.equal(EXAMPLE_TITLE);
      expect(localStorage.getItem(KEY)).to.equal(before);
      expect(document.activeElement).to.equal(page.button('Import spreadsheet'));
    });

  it('should import none of the example: its title, call to action, introduction and source go, and one Undo brings it all back', async () => {
    await importNursing();
    expect(text(page.$('#confirm-ok'))).to.equal('Import spreadsheet');
    await click(page.$('#confirm-ok'));
    expect(dialog.open).to.be.false;
    const imported = saved();
    expect(imported.title).to.equal('');
    expect(imported).to.not.have.any.keys('cta', 'source', 'intro');
    expect(imported.paths.map((path: { name: string }) => path.name)).to.deep.equal(['Nursing (ADN)', 'Medical Assisting']);
    expect(imported.roles).to.have.length(4);
    expect(page.field('Title').value).to.equal('');
    expect(text(page.$('#said'))).to.equal('Imported 2 paths, 3 criteria, 0 interests and 4 roles.');
    // The title the sheet did not give is a problem to fix, listed on "Check" as what is missing is.
    await click(page.button('Check'));
    expect(page.$$('#problems li').map(text)).to.include('Title: Give the comparison a title');

    await click(page.button('Undo'));
    expect(saved()).to.deep.equal(page.example);
    expect(page.field('Title').value).to.equal(EXAMPLE_TITLE);
  });

  it('should refuse a sheet with a wrong path name, listing the valid names, and say only that nothing changed', async () => {
    await importNursing();
    await click(page.$('#confirm-ok'));
    const before = localStorage.getItem(KEY);
    choose(page.$<HTMLInputElement>('#import-file'), csv(NURSING.replace('role,Charge nurse,Nursing (ADN)', 'role,Charge nurse,Nursing')));
    await waitUntil(() => page.$$('#load-problems li').length, 'nothing was said');
    expect(page.$$('#load-problems li').map(text)).to.deep.equal([
      'Row 9, column C ("path"): "Nursing" is not a path: use one of "Nursing (ADN)", "Medical Assisting".',
      'Nothing was changed.',
    ]);
    expect(dialog.open).to.be.false;
    // No word of the import before stands beside the refusal.
    expect(text(page.$('#said'))).to.equal('');
    expect(page.main.textContent!.split('Nothing was changed').length - 1).to.equal(1);
    expect(localStorage.getItem(KEY)).to.equal(before);
  });

  const replaces: [what: string, start: () => void, action: string][] = [
    ['"New dataset"', () => page.button('New dataset').click(), 'New dataset'],
    ['"Load the example" over other work', () => page.button('Load the example').click(), 'Load the example'],
    [
      'a JSON file opened',
      () =>
        choose(
          page.$<HTMLInputElement>('#open-file'),
          new File([JSON.stringify({ version: 1, title: 'Chosen', paths: [{ id: 'a', name: 'A' }] })], 'chosen.json'),
        ),
      'Open JSON file',
    ],
    ['a spreadsheet dropped on the page', () => drop(page.field('Title'), csv(NURSING)), 'Import spreadsheet'],
    [
      'pasted cells',
      () => {
        page.$<HTMLTextAreaElement>('#cells').value = NURSING;
        page.button('Import pasted cells').click();
      },
      'Import spreadsheet',
    ],
  ];
  for (const [what, start, action] of replaces)
    it(`${what} => asks first with the focus on Cancel, and one Undo brings the work back`, async () => {
      await click(page.field('Title'));
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '!' });
      const work = saved();
      start();
      await waitUntil(() => dialog.open, 'it did not ask first');
      expect(text(document.activeElement)).to.equal('Cancel');
      expect(text(page.$('#confirm-title'))).to.equal(`${action}?`);
      expect(text(page.$('#confirm-message'))).to.match(
        /^This replaces ".+!" \(2 paths, 7 criteria, 8 interests and 10 roles\) with .+ You can undo it afterwards\.$/,
      );
      await click(page.$('#confirm-ok'));
      expect(saved()).to.not.deep.equal(work);
      await click(page.button('Undo'));
      expect(saved()).to.deep.equal(work);
    });

  it('should not ask when there is no work to lose', async () => {
    page.button('New dataset').click();
    await waitUntil(() => dialog.open, 'it did not ask first');
    await click(page.$('#confirm-ok'));
    choose(page.$<HTMLInputElement>('#import-file'), csv(NURSING));
    await waitUntil(() => saved().paths.length === 2 && saved().roles?.length === 4, 'the sheet was not imported');
    expect(dialog.open).to.be.false;
  });
});
