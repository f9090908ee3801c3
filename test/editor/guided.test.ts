import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { click, selectAll, tab, text, waitUntil } from '../helpers.js';
import { mountEditorPage } from './helpers.js';

type Page = Awaited<ReturnType<typeof mountEditorPage>>;
const KEY = 'career-paths-editor-guided-test';

/** Chooses an option of a list box by its words, as picking it with the mouse or keys does. */
function choose(select: HTMLSelectElement, words: string) {
  const option = [...select.options].find((each) => text(each) === words);
  if (!option) throw new Error(`no option "${words}"`);
  select.focus();
  select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types `words` into `field` in place of what it holds, then leaves it with Tab. */
async function typeAndLeave(field: HTMLElement, words: string) {
  await click(field);
  await selectAll();
  await sendKeys({ type: words });
  await tab();
}

/** The problem said beside a field, through its aria-describedby. */
const problemOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .filter((element) => element?.classList.contains('problem'))
    .map(text)
    .join(' ');

describe('the editor guides what is typed', function () {
  // Each key typed is an edit (saved, checked, drawn, a snippet written): a slow machine needs time.
  this.timeout(60_000);
  let page: Page;
  beforeEach(async () => {
    page = await mountEditorPage({ key: KEY });
  });
  afterEach(() => {
    page.remove();
    localStorage.removeItem(KEY);
  });

  describe('the "Language" list', () => {
    it('Español => the preview speaks Spanish and the snippet has lang="es"', async () => {
      const compare = page.$('#preview > career-compare');
      await waitUntil(() => text(compare.shadowRoot?.querySelector('th[scope="row"]:last-of-type')), 'the preview did not render');
      const language = page.field<HTMLSelectElement>('Language');
      expect([...language.options].map(text)).to.include.members(['English', 'Español', 'Other…']);
      choose(language, 'Español');
      await waitUntil(() => compare.shadowRoot?.textContent?.includes('Puestos típicos'), 'the built-in words stayed English');
      expect(compare.shadowRoot!.textContent).not.to.include('Typical roles');
      expect(page.$<HTMLTextAreaElement>('#snippet').value).to.match(/<career-compare[^>]* lang="es"/);
    });

    it('Other… with "English" typed => the code is suggested, and the snippet never says lang="English"', async () => {
      choose(page.field<HTMLSelectElement>('Language'), 'Other…');
      await waitUntil(() => page.$('#field-lang-code'), 'no code field');
      const code = page.field('Language code');
      await typeAndLeave(code, 'English');
      expect(code.getAttribute('aria-invalid')).to.equal('true');
      expect(problemOf(code)).to.match(/^"English" is the name of a language: its code is en\./);
      expect(page.$<HTMLTextAreaElement>('#snippet').value).not.to.include('English"');
      await click(page.button('Use en'));
      expect(page.$<HTMLTextAreaElement>('#snippet').value).to.match(/<career-compare[^>]* lang="en"/);
      expect(page.field<HTMLSelectElement>('Language').value).to.equal('en');
    });

    it('Other… with fr => a code field checked as a language tag, written into the data', async () => {
      choose(page.field<HTMLSelectElement>('Language'), 'Other…');
      await waitUntil(() => page.$('#field-lang-code'), 'no code field');
      await typeAndLeave(page.field('Language code'), 'pt-br');
      expect(page.field('Language code').hasAttribute('aria-invalid')).to.be.false;
      expect(page.$<HTMLTextAreaElement>('#snippet').value).to.match(/<career-compare[^>]* lang="pt-BR"/);
    });

    it('the widget settings have no second Language control', () => {
      const labels = page.$$('label').map(text);
      expect(labels.filter((words) => /language/i.test(words))).to.deep.equal(['Language']);
    });
  });

  describe('links', () => {
    it('www.riverbend.edu/nursing => "Did you mean https://www.riverbend.edu/nursing?", and a button that applies it', async () => {
      const link = page.field('Call to action link', 1);
      await typeAndLeave(link, 'www.riverbend.edu/nursing');
      expect(link.getAttribute('aria-invalid')).to.equal('true');
      expect(problemOf(link)).to.include('Did you mean https://www.riverbend.edu/nursing?');
      await click(page.button('Use https://www.riverbend.edu/nursing'));
      expect(page.field('Call to action link', 1).value).to.equal('https://www.riverbend.edu/nursing');
      expect(page.field('Call to action link', 1).hasAttribute('aria-invalid')).to.be.false;
    });

    for (const address of ['C:\\Users\\x\\embed.html', 'file:///home/x/embed.html'])
      it(`the embed page at ${address} => refused in plain words, and no snippet`, async () => {
        await click(page.$('input[name="embedding"][value="iframe"]'));
        const field = page.field('Address of the embed page');
        await typeAndLeave(field, address);
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        expect(problemOf(field)).to.equal(
          'This is a file on your computer, which visitors cannot reach: put embed.html on your web server and give its https:// address.',
        );
        expect(text(page.$('#snippet-blocked'))).to.match(/^The address of the embed page cannot be used\./);
      });

    it('the embed page at https://… or on this site => taken', async () => {
      await click(page.$('input[name="embedding"][value="iframe"]'));
      for (const address of ['https://careers.example.edu/embed.html', '/dist/embed.html']) {
        await typeAndLeave(page.field('Address of the embed page'), address);
        expect(page.field('Address of the embed page').hasAttribute('aria-invalid'), address).to.be.false;
      }
    });
  });

  describe('problems', () => {
    it('a required field shows none before it is left, then a plain one in red, tied to it', async () => {
      await click(page.button('New dataset'));
      await click(page.$('#confirm-ok'));
      const title = page.field('Title');
      expect(title.hasAttribute('aria-invalid')).to.be.false;
      expect(page.$('#field-title-problem')).to.equal(null);
      expect(page.$$('#problems li')).to.have.length(0);
      const valid = getComputedStyle(title).borderTopColor;

      await click(title);
      await tab();
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(problemOf(title)).to.equal('Give the comparison a title');
      expect(getComputedStyle(title).borderTopColor).not.to.equal(valid);
      expect(getComputedStyle(title).borderTopColor).to.equal('rgb(180, 35, 24)');
      expect(page.$$('#problems li').map(text)).to.deep.equal(['Title: Give the comparison a title']);

      await click(page.button('Check'));
      expect(page.$$('#problems li').map(text)).to.deep.equal(['Title: Give the comparison a title', 'Paths: Add at least one path']);
      expect(text(page.$('#field-paths-problem'))).to.equal('Add at least one path');
    });

    it('an invalid id => the problem says what to use', async () => {
      const id = page.field('Path id');
      await click(id.closest('details')!.querySelector('summary')!);
      await typeAndLeave(id, 'Our Program');
      expect(problemOf(id)).to.equal('Use only lowercase letters, digits and "-" in an id, such as "our-program"');
    });
  });

  describe('"More options"', () => {
    it('keeps the id fields out of the Tab order until it is opened', async () => {
      const name = page.field('Path name');
      const id = page.$('#field-paths-0-id');
      expect(id.closest('details')!.open).to.be.false;
      await click(name);
      const reached: Element[] = [];
      // Tab on from the name until "More options" (the item's fields between are few).
      for (let presses = 0; presses < 12 && text(document.activeElement) !== 'More options'; presses++) {
        await tab();
        reached.push(document.activeElement!);
      }
      expect(reached).not.to.include(id);
      const more = document.activeElement as HTMLElement;
      expect(more.localName).to.equal('summary');
      expect(text(more)).to.equal('More options');

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => (more.parentElement as HTMLDetailsElement).open, 'did not open');
      await tab();
      expect(document.activeElement).to.equal(page.$('#field-paths-0-id'));
    });
  });

  it("gives the dataset's own source no field, since no widget shows it; a criterion's source is under its More options", async () => {
    expect(page.$$('[id^="field-source"]')).to.have.length(0);
    const more = page.$('#field-criteria-0').querySelector<HTMLElement>('details.more > summary')!;
    await click(more);
    await waitUntil(() => page.$('#field-criteria-0-source-name'), 'the source of a criterion has no field');
  });

  it('says that duties and interests show only in the picker', () => {
    expect(text(page.$('section[aria-labelledby="roles-heading"] .hint'))).to.include('Duties and interests show only in the picker');
  });
});
