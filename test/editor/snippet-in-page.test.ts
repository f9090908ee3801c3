import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CDN_URL } from '../../src/editor/snippet.js';
import { click, selectAll, waitUntil } from '../helpers.js';
import { fakeClipboard, mountEditorPage, openInFreshPage } from './helpers.js';

/** Texts that would run code or break the markup if the snippet did not escape them. */
const HOSTILE_TITLE = `</script><script>parent.hacked = 1</script><!-- "' & &amp;`;
const HOSTILE_NAME = '<img src=x onerror="parent.hacked = 2">';

declare global {
  interface Window {
    hacked?: number;
  }
}

const shadowText = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('the copied snippet in a fresh page', () => {
  let page: Awaited<ReturnType<typeof mountEditorPage>>;
  const frames: HTMLIFrameElement[] = [];

  /** Copies the snippet with the page's button. */
  async function copied() {
    const clipboard = fakeClipboard();
    try {
      await click(page.$('#copy'));
      await waitUntil(() => clipboard.written.length, 'nothing was copied');
      return clipboard.written[0];
    } finally {
      clipboard.restore();
    }
  }

  async function rendered(markup: string, tag: string) {
    const frame = await openInFreshPage(markup);
    frames.push(frame);
    const element = frame.contentDocument!.querySelector(tag)!;
    await waitUntil(() => element.shadowRoot?.querySelector(tag === 'career-compare' ? 'th[scope="col"]' : '[part~="status"]'), `<${tag}> did not render`);
    return { frame, element };
  }

  before(async () => {
    page = await mountEditorPage();
    await click(page.$('input[name="script"][value="cdn"]'));
  });
  after(() => {
    page.remove();
    for (const frame of frames) frame.remove();
  });

  describe('by default, with the data inside the snippet', () => {
    it('<career-compare><script type="application/json"> => renders the data that follows the element', async () => {
      expect(page.$<HTMLInputElement>('input[name="embedding"]:checked').value).to.equal('script');
      const snippet = await copied();
      expect(snippet).to.include('\n<career-compare>\n').and.to.include('<script type="application/json">{"version":1,');
      expect(snippet).not.to.include('data=').and.not.to.include('&quot;');
      const { element } = await rendered(snippet, 'career-compare');
      expect(element.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(2);
      expect(shadowText(element)).to.include('Healthcare Management').and.to.include('Healthcare Administration');
    });

    it('should be much shorter than the snippet with the data attribute', async () => {
      const inside = await copied();
      await click(page.$('input[name="embedding"][value="data"]'));
      const attribute = await copied();
      await click(page.$('input[name="embedding"][value="script"]'));
      expect(attribute).to.include('&quot;');
      // The JSON's quotes are written as themselves instead of as `&quot;` (the fallback is the same).
      expect(inside.length).to.be.below(attribute.length - 3000);
    });
  });

  describe('with the data in a JSON file (src)', () => {
    it('"Download the JSON file" => gives the dataset as the file the hint names', async () => {
      await click(page.$('input[name="embedding"][value="src"]'));
      expect(page.$('#snippet-output').hidden).to.be.true;
      const links: HTMLAnchorElement[] = [];
      const keep = (event: Event) => {
        const link = (event.target as Element).closest?.('a[download]');
        if (!link) return;
        event.preventDefault();
        links.push(link as HTMLAnchorElement);
      };
      page.main.addEventListener('click', keep, true);
      try {
        await click(page.button('Download the JSON file'));
        await waitUntil(() => links.length, 'nothing was downloaded');
      } finally {
        page.main.removeEventListener('click', keep, true);
      }
      const name = 'healthcare-management-vs-healthcare-admi.json';
      expect(links[0].download).to.equal(name);
      expect(page.$('#src-hint').textContent).to.include(`Upload ${name} to your site`);
      expect(await (await fetch(links[0].href)).json()).to.deep.equal(page.example);
    });

    it('<career-compare src="…"> => renders the fetched file', async () => {
      // The address as a web editor pastes it from the site's file library.
      const address = page.$<HTMLInputElement>('#src');
      address.value = '/data/healthcare-management-vs-administration.json';
      address.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
      const snippet = await copied();
      expect(snippet).to.include('<career-compare src="/data/healthcare-management-vs-administration.json">');
      expect(snippet).not.to.include('data=');
      expect(snippet).to.include(CDN_URL);
      const { element } = await rendered(snippet, 'career-compare');
      expect(element.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(2);
      expect(shadowText(element)).to.include('Healthcare Management').and.to.include('Healthcare Administration');
    });
  });

  describe("with the script from a copy on the school's own site", () => {
    it('<script src="/dist/career-paths.js"> => the snippet loads the typed address and renders', async () => {
      await click(page.$('input[name="script"][value="self"]'));
      await click(page.$('#script-url'));
      await selectAll();
      await sendKeys({ type: '/dist/career-paths.js' });
      const snippet = await copied();
      expect(snippet).to.match(/^<script src="\/dist\/career-paths\.js" defer><\/script>\n<career-compare src=/);
      const { element } = await rendered(snippet, 'career-compare');
      expect(element.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(2);
      await click(page.$('input[name="script"][value="cdn"]'));
    });
  });

  describe('with hostile texts in the data', () => {
    before(async () => {
      // A paste into the JSON view.
      await click(page.$('input[name="view"][value="json"]'));
      const data = page.$<HTMLTextAreaElement>('#data');
      const dataset = JSON.parse(data.value);
      dataset.title = HOSTILE_TITLE;
      dataset.paths[1].name = HOSTILE_NAME;
      data.value = JSON.stringify(dataset, null, 2);
      data.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
      return waitUntil(() => page.$<HTMLTextAreaElement>('#snippet').value.includes('&lt;img src=x'), 'the snippet did not follow the data');
    });

    for (const [embedding, label] of [
      ['data', '<career-compare data="…">'],
      ['script', '<career-compare><script type="application/json">'],
    ]) {
      it(`${label} => renders the texts as text and runs none of them`, async () => {
        await click(page.$(`input[name="embedding"][value="${embedding}"]`));
        const snippet = await copied();
        const { frame, element } = await rendered(snippet, 'career-compare');
        const text = shadowText(element);
        expect(text).to.include(HOSTILE_TITLE).and.to.include(HOSTILE_NAME);
        expect(frame.contentDocument!.querySelectorAll('script')).to.have.length(embedding === 'script' ? 2 : 1);
        expect(frame.contentDocument!.querySelector('img')).to.equal(null);
        expect(window.hacked).to.equal(undefined);
      });

      it(`${label} without the script tag => shows the fallback table to readers without JavaScript`, async () => {
        await click(page.$(`input[name="embedding"][value="${embedding}"]`));
        const snippet = (await copied()).replace(/^<script src=[^\n]*\n/, '');
        const frame = await openInFreshPage(snippet);
        frames.push(frame);
        const table = frame.contentDocument!.querySelector('career-compare > table') as HTMLTableElement;
        expect(table.offsetHeight).to.be.greaterThan(0);
        expect(table.caption!.textContent).to.equal(HOSTILE_TITLE);
        expect([...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent!.trim())).to.deep.equal(['Healthcare Management', HOSTILE_NAME]);
        expect(frame.contentDocument!.querySelectorAll('img, career-compare script:not([type="application/json"])')).to.have.length(0);
        expect(window.hacked).to.equal(undefined);
      });
    }

    it('<career-picker data="…"> => renders the roles from the embedded data', async () => {
      await click(page.$('input[name="tag"][value="career-picker"]'));
      await click(page.$('input[name="embedding"][value="data"]'));
      const snippet = await copied();
      expect(snippet).to.match(/\n<career-picker data="/);
      const { element } = await rendered(snippet, 'career-picker');
      expect(shadowText(element)).to.include(HOSTILE_TITLE);
      await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="role"]').length === 10, 'the ten roles were not listed');
      expect(window.hacked).to.equal(undefined);
    });
  });
});
