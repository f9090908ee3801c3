/**
 * Settings saved in the browser are read back as if typed: each one the editor's controls could
 * not have given is dropped, with a message naming it, and the rest of the work is kept. The
 * snippet's tag is one of the two widgets, whatever was saved.
 */
import { expect } from '@open-wc/testing';
import { text, waitUntil } from '../helpers.js';
import { HOSTED_DROP_IN, mountEditorPage } from './helpers.js';

const KEY = 'career-paths-editor-stored-settings-test';

type Page = Awaited<ReturnType<typeof mountEditorPage>>;

describe('settings saved in the browser', () => {
  let page: Page | undefined;
  afterEach(() => {
    page?.remove();
    page = undefined;
    localStorage.removeItem(KEY);
  });

  /** Opens the editor on work saved with these settings (and the example with another title). */
  async function openWith(settings: unknown) {
    const example = await (await fetch('/data/healthcare-management-vs-administration.json')).json();
    localStorage.setItem(KEY, JSON.stringify({ dataset: { ...example, title: 'Our own title' }, settings }));
    page = await mountEditorPage({ key: KEY, fresh: false });
    return page;
  }

  const snippet = (page: Page) => page.$<HTMLTextAreaElement>('#snippet').value;
  const said = (page: Page) => text(page.$('#said'));

  it('should drop a saved tag that is not a widget, say so, and keep the rest', async () => {
    const page = await openWith({ tag: 'img src=x onerror=alert(1)', linkParams: 'utm_source=site', noTitle: true });
    await waitUntil(() => snippet(page), 'no snippet');
    expect(snippet(page)).not.to.include('<img');
    expect(snippet(page)).to.match(/\n<career-compare [^>]*link-params="utm_source=site"/);
    expect(snippet(page)).to.match(/\n<career-compare [^>]*no-title/);
    expect(said(page)).to.equal('A setting saved in this browser could not be used and was reset: the widget (tag).');
    expect(page.field('Title').value).to.equal('Our own title');
    expect(page.$<HTMLInputElement>('input[name="tag"][value="career-compare"]').checked).to.equal(true);
  });

  it('should drop settings of the wrong kind instead of breaking the editor', async () => {
    const page = await openWith({ tag: 'career-picker', hiddenPaths: 'a', hiddenCriteria: [1], id: 5, syncUrl: 'yes', path: 'management' });
    await waitUntil(() => snippet(page), 'no snippet');
    expect(page.main.querySelector('.crash')).to.equal(null);
    expect(page.$<HTMLInputElement>('input[name="tag"][value="career-picker"]').checked).to.equal(true);
    expect(page.$<HTMLSelectElement>('#path').value).to.equal('management');
    expect(said(page)).to.equal(
      'Settings saved in this browser could not be used and were reset: the paths to show (hiddenPaths), the rows to show (hiddenCriteria), keeping the choice in the address (syncUrl), the element id (id).',
    );
    expect(snippet(page)).to.match(/\n<career-picker path="management">\n/);
  });

  it('should drop values that none of the controls offers', async () => {
    const page = await openWith({
      embedding: 'elsewhere',
      script: 'evil',
      layout: 'diagonal',
      headingLevel: '9',
      lang: '"><script>',
      highlight: 'management',
      scriptUrl: { href: 'x' },
    });
    await waitUntil(() => snippet(page), 'no snippet');
    expect(page.main.querySelector('.crash')).to.equal(null);
    expect(said(page)).to.equal(
      'Settings saved in this browser could not be used and were reset: the layout (layout), the title heading level (headingLevel), where the snippet keeps the data (embedding), where the script comes from (script), the address of your copy of the script (scriptUrl).',
    );
    // The language of the built-in words is the dataset's "Language" now: an older stored one is left out.
    expect(snippet(page)).not.to.include('<script>"');
    // The script is reset to the editor's default: the copy beside it.
    expect(snippet(page).startsWith(`<script src="${HOSTED_DROP_IN}" defer></script>\n<career-compare highlight="management">\n`)).to.equal(true);
  });

  it('should say nothing of settings that are all good', async () => {
    const page = await openWith({ tag: 'career-picker', path: 'management' });
    await waitUntil(() => snippet(page), 'no snippet');
    expect(said(page)).to.equal('');
    expect(text(page.$('#saved'))).to.equal('Restored from this browser. Every change is saved here.');
  });
});
