/**
 * The dataset editor's fourth way of placing a widget: an `<iframe>` of the embed page, with the
 * data in its address, a suggested height and the recommended sandbox; data too large for an
 * address is held back with the reason.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SANDBOX } from '../../src/embed/iframe.js';
import { fakeClipboard, mountEditorPage } from '../builder/helpers.js';
import { $, click, frame as nextFrame, text, violations, waitUntil } from '../helpers.js';
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

  it('should give a frame that shows the data, whole, at the suggested height', async () => {
    const markup = new DOMParser().parseFromString(snippet(), 'text/html').querySelector('iframe')!;
    const holder = document.createElement('div');
    holder.style.width = '720px';
    document.body.append(holder);
    const frame = await embed(holder, markup.getAttribute('src')!, {
      sandbox: markup.getAttribute('sandbox')!,
      height: markup.getAttribute('height')!,
      style: 'width: 100%; border: 0',
    });
    const compare = frame.contentDocument!.querySelector('career-compare')!;
    expect(text($(compare, 'caption'))).to.equal('Healthcare Management vs. Healthcare Administration');
    const root = frame.contentDocument!.documentElement;
    const content = root.getBoundingClientRect().height;
    expect(root.scrollHeight, 'the widget is taller than the suggested height').to.be.at.most(root.clientHeight);
    expect(content, 'the suggested height leaves much of the frame empty').to.be.above(root.clientHeight * 0.6);
    holder.remove();
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
