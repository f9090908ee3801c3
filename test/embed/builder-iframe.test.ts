/**
 * The dataset editor's fourth way of placing a widget: an `<iframe>` of the embed page, with the
 * data in its address, a suggested height and the recommended sandbox; data too large for an
 * address is held back with the reason.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SANDBOX } from '../../src/editor/iframe.js';
import { fakeClipboard, mountEditorPage } from '../editor/helpers.js';
import { click, frame as nextFrame, text, violations, waitUntil } from '../helpers.js';
import { embed } from './frames.js';

describe('the dataset editor, when the widget goes in an iframe', () => {
  let page: Awaited<ReturnType<typeof mountEditorPage>>;
  const snippet = () => page.$<HTMLTextAreaElement>('#snippet').value;

  before(async () => {
    // No known address of its own: the embed page's address is typed, the script is the CDN's.
    page = await mountEditorPage({ dropIn: '' });
    await click(page.$('input[name="script"][value="cdn"]'));
    await click(page.$('input[value="iframe"]'));
    await click(page.$('#embed-page'));
    await sendKeys({ type: '/dist/' });
    await waitUntil(() => snippet().startsWith('<iframe'), 'no iframe snippet');
  });
  after(() => page.remove());

  it('should write a titled, sandboxed iframe of the embed page with the suggested height', () => {
    const frame = new DOMParser().parseFromString(snippet(), 'text/html').querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.match(/^\/dist\/embed\.html\?widget=compare#data=[\w-]+$/);
    expect(frame.title).to.equal('Healthcare Management vs. Healthcare Administration');
    expect(frame.getAttribute('sandbox')).to.equal(SANDBOX);
    expect(frame.getAttribute('height')).to.equal(text(page.$('#iframe-height')));
    expect(text(page.$('#host-script'))).to.equal('/dist/embed.js');
    expect(text(page.$('#iframe-sandbox'))).to.equal(SANDBOX);
  });

  it('should copy the iframe snippet', async () => {
    const clipboard = fakeClipboard();
    try {
      await click(page.button('Copy snippet'));
      await waitUntil(() => text(page.$('#copy-status')) === 'Copied', 'the snippet was not copied');
      expect(clipboard.written).to.deep.equal([snippet()]);
      expect(clipboard.written[0]).to.match(/^<iframe data-career-paths src="\/dist\/embed\.html\?widget=compare#data=/);
    } finally {
      clipboard.restore();
    }
  });

  it('should not let an iframe snippet made late replace a newer snippet', async () => {
    // Both changes in one task, so that the iframe snippet for the first is still being made (its
    // data is compressed asynchronously) when the second asks for the data attribute instead.
    const address = page.$<HTMLInputElement>('#embed-page');
    address.value = '/dist/embed.html';
    address.dispatchEvent(new Event('input', { bubbles: true }));
    page.$<HTMLInputElement>('input[name="embedding"][value="data"]').click();
    expect(snippet()).to.match(/^<script src=/);
    for (let i = 0; i < 10; i++) await nextFrame();
    expect(snippet()).to.match(/^<script src=/);
    await click(page.$('input[name="embedding"][value="iframe"]'));
    await waitUntil(() => snippet().startsWith('<iframe data-career-paths src="/dist/embed.html?'), 'no iframe snippet');
  });

  it('should pass axe with the iframe options shown', async function () {
    // The whole editor page, with its preview: as long as axe takes on the editor's own tests.
    this.timeout(60_000);
    expect(page.$('#iframe-options').hidden).to.equal(false);
    expect(await violations(page.main)).to.deep.equal([]);
  });

  it('should put the data file in the address when one is given', async () => {
    await click(page.$('#iframe-src'));
    await sendKeys({ type: '/data/careers.json' });
    await waitUntil(() => snippet().includes('src=%2Fdata%2Fcareers.json'), 'the data file is not in the address');
    expect(snippet()).not.to.include('#data=');
  });

  it('should hold back data too large for an address, and say why', async () => {
    await click(page.$('#iframe-src'));
    for (let i = 0; i < '/data/careers.json'.length; i++) await sendKeys({ press: 'Backspace' });
    await waitUntil(() => snippet().includes('#data='), 'the data is not back in the address');
    await click(page.$('input[name="view"][value="json"]'));
    const data = page.$<HTMLTextAreaElement>('#data');
    const dataset = JSON.parse(data.value);
    // Text that does not compress: a different word in every role.
    dataset.roles = Array.from({ length: 300 }, (_, i) => ({
      id: `role-${i}`,
      title: `Role ${(i * 7919).toString(36)} ${Math.random().toString(36)}`,
      path: dataset.paths[0].id,
    }));
    data.value = JSON.stringify(dataset);
    data.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => page.main.querySelector('#snippet-blocked'), 'the snippet was not held back');
    expect(page.$('#snippet-output').hidden).to.equal(true);
    expect(text(page.$('#snippet-blocked'))).to.match(/^The data makes the address [\d,]+ characters long, more than 8,000: put the data in a JSON file/);
  });
});

describe("the dataset editor, the iframe's height: measured from the widget at the preview's width", () => {
  let page: Awaited<ReturnType<typeof mountEditorPage>>;
  const snippet = () => page.$<HTMLTextAreaElement>('#snippet').value;

  before(async () => {
    page = await mountEditorPage({ dropIn: '' });
    await click(page.$('input[value="iframe"]'));
    const address = page.$<HTMLInputElement>('#embed-page');
    address.value = '/dist/';
    address.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    await waitUntil(() => snippet().startsWith('<iframe'), 'no iframe snippet');
  });
  after(() => page.remove());

  for (const widget of ['compare', 'picker'])
    for (const width of [1440, 390])
      it(`<career-${widget}> from an editor page ${width} pixels wide => a frame as high as the embed page's content, within 3 pixels`, async function () {
        this.timeout(60_000);
        page.main.style.maxWidth = 'none';
        page.main.style.width = `${width}px`;
        await click(page.$(`input[name="tag"][value="career-${widget}"]`));
        // The width the widget gets in the preview: the page's column, as wide as the preview shows it.
        const preview = page.$('#preview');
        const style = getComputedStyle(preview);
        const column = Math.floor(preview.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
        const markup = () => new DOMParser().parseFromString(snippet(), 'text/html').querySelector('iframe');
        await waitUntil(
          () => markup()?.getAttribute('src')?.includes(`widget=${widget}`) && text(page.$('#iframe-width')) === String(column),
          `no iframe snippet measured at ${column} pixels`,
        );
        const made = markup()!;
        const height = Number(made.getAttribute('height'));
        expect(text(page.$('#iframe-height'))).to.equal(String(height));
        const holder = document.createElement('div');
        holder.style.width = `${column}px`;
        document.body.append(holder);
        try {
          const frame = await embed(holder, made.getAttribute('src')!, {
            sandbox: made.getAttribute('sandbox')!,
            height: String(height),
            style: made.getAttribute('style')!,
          });
          const root = frame.contentDocument!.documentElement;
          expect(root.clientWidth).to.equal(column);
          const content = Math.ceil(root.getBoundingClientRect().height);
          expect(Math.abs(content - height), `the content is ${content} pixels high, the frame ${height}`).to.be.at.most(3);
        } finally {
          holder.remove();
        }
      });
});
