/**
 * Files made to freeze the editor, each within its 5 MB limit: the editor's work grows with the
 * file, not with its square. The bound is generous, for a busy machine: a quadratic step took tens
 * of seconds on these files, and a few seconds is the aim. How fast typing stays is measured by
 * `bench/editor.mjs`, not here.
 */
import { expect } from '@open-wc/testing';
import { text, waitUntil } from '../helpers.js';
import { readSheet } from '../../src/editor/spreadsheet.js';
import { choose, mountEditorPage } from './helpers.js';

const KEY = 'career-paths-editor-large-files-test';
const BOUND_MS = 15000;
const SHEET_BOUND_MS = 6000;

type Page = Awaited<ReturnType<typeof mountEditorPage>>;

describe('large files in the editor', () => {
  let page: Page;
  beforeEach(async () => {
    page = await mountEditorPage({ key: KEY });
  });
  afterEach(() => {
    page.remove();
    localStorage.removeItem(KEY);
  });

  it('should open a 5 MB dataset of 10,000 paths that all have the id "A", and list its problems, within a few seconds', async function () {
    this.timeout(120000);
    const summary = 'A path whose summary is long enough that ten thousand of them fill the file. '.repeat(6);
    const paths = Array.from({ length: 10000 }, (_, i) => ({ id: 'A', name: `Path ${i + 1}`, summary }));
    const json = JSON.stringify({ version: 1, title: 'Ten thousand paths', paths });
    expect(json.length).to.be.within(4.5 * 1024 * 1024, 5 * 1024 * 1024);
    const started = performance.now();
    choose(page.$<HTMLInputElement>('#open-file'), new File([json], 'big.json', { type: 'application/json' }));
    // The example is work to lose: the editor asks first.
    await waitUntil(() => page.$<HTMLDialogElement>('#confirm').open, 'the editor did not ask', { timeout: 110000 });
    page.$('#confirm-ok').click();
    await waitUntil(() => text(page.$('#said')) === 'Opened "big.json".', 'the file was not opened', { timeout: 110000 });
    const took = performance.now() - started;
    expect(took, `opened in ${Math.round(took)} ms`).to.be.below(BOUND_MS);
    expect(text(page.$('#problem-count'))).to.match(/^[\d,]+ problems?/);
    // The first hundred are listed, each field shows its own.
    expect(page.$$('#problems li')).to.have.length(100);
    expect(text(page.$('#problems-more'))).to.equal('The first 100 are listed: each one fixed brings up the next.');
  });

  it('should read a spreadsheet of 40,000 criterion rows within a few seconds', () => {
    // The reading alone (pure logic): drawing 40,000 criteria in the forms is another matter.
    const rows = ['type,name,path,text', 'path,Nursing,,', ...Array.from({ length: 40000 }, (_, i) => `criterion,Criterion ${i + 1},Nursing,Value ${i + 1}`)];
    const started = performance.now();
    const result = readSheet(rows.join('\n'));
    const took = performance.now() - started;
    expect(result.ok && result.dataset.criteria!.length).to.equal(40000);
    expect(took, `read in ${Math.round(took)} ms`).to.be.below(SHEET_BOUND_MS);
  });

  it('should refuse pasted cells over the 5 MB limit, as it refuses such a file', async function () {
    this.timeout(60000);
    const cells = page.$<HTMLTextAreaElement>('#cells');
    const line = 'criterion,A criterion with a long enough name,Nursing,Some value\n';
    cells.value = `type,name,path,text\npath,Nursing,,\n${line.repeat(Math.ceil((5 * 1024 * 1024) / line.length) + 10)}`;
    page.$('#import-cells').click();
    await waitUntil(() => text(page.$('#load-problems')), 'nothing was said', { timeout: 50000 });
    expect(text(page.$('#load-problems'))).to.equal(
      'The pasted cells are 5.0 MB: too large for a spreadsheet of career data (the limit is 5 MB). Nothing was changed.',
    );
  });
});
