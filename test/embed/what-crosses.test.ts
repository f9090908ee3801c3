/**
 * What the embed page reads and tells the window that frames it, whichever site that is. A page of
 * another origin (here `127.0.0.1` against `localhost`, or the other way round) frames the embed
 * page with `src` naming files of the embed page's own site that are not datasets: a JSON file of
 * settings, an HTML page, addresses that answer 401 or 404. It must learn nothing of them from the
 * messages it receives, and the frame shows "not a dataset", nothing more.
 */
import { expect } from '@open-wc/testing';
import { HEALTHCARE, waitUntil } from '../helpers.js';
import { addFrame, EMBED, widgetIn } from './frames.js';

/** The same test server under its other name: another origin. */
const otherOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

const INTERNAL = '/test/pages/internal.json';
const SECRETS = ['internal-build-7731-token-XYZ', 'db.internal.corp', 'Deploy settings', 'primary'];

interface Posted {
  type: string;
  name?: string;
  detail?: unknown;
}

/** Frames an embed address and collects every message its window posts to this page. */
async function frameAndListen(holder: HTMLElement, src: string) {
  const messages: Posted[] = [];
  // The frame may post before it has loaded: it is known by its window from the moment it is added.
  const listener = (event: MessageEvent) => {
    if (event.source && event.source === holder.querySelector('iframe')?.contentWindow) messages.push(event.data);
  };
  addEventListener('message', listener);
  const iframe = await addFrame(holder, { src, title: 'Career paths', style: 'width: 600px; height: 300px' });
  const errors = () => messages.filter((message) => message.type === 'career-paths:event' && message.name === 'career-error');
  await waitUntil(() => errors().length > 0, `no career-error came from ${src}`);
  // Anything else the page would still post.
  await new Promise((resolve) => setTimeout(resolve, 200));
  removeEventListener('message', listener);
  return { iframe, messages, errors: errors().map((message) => message.detail) };
}

const shown = (iframe: HTMLIFrameElement) =>
  `${iframe.contentDocument!.body.textContent} ${widgetIn(iframe)?.shadowRoot?.textContent ?? ''}`.replace(/\s+/g, ' ').trim();

describe('what the embed page reads and posts', () => {
  let holder: HTMLElement;

  beforeEach(() => {
    holder = document.createElement('div');
    document.body.append(holder);
  });

  afterEach(() => holder.remove());

  it('should post only "not a dataset" to another site that frames it with a JSON file of its own site', async () => {
    const { messages, errors } = await frameAndListen(holder, `${otherOrigin}${EMBED}?widget=compare&src=${INTERNAL}`);
    expect(errors).to.deep.equal([{ code: 'not-a-dataset', count: 0 }]);
    const text = JSON.stringify(messages);
    for (const secret of SECRETS) expect(text).not.to.include(secret);
  });

  for (const [what, src] of [
    ['an HTML page', '/test/embed/landing.html'],
    ['an address that answers 401', '/status?code=401'],
    ['an address that answers 404', '/status?code=404'],
    ['an address that answers 200 with nothing', '/status?code=200'],
  ])
    it(`should post the same "not a dataset" for ${what}`, async () => {
      const { messages, errors } = await frameAndListen(holder, `${otherOrigin}${EMBED}?widget=picker&src=${encodeURIComponent(src)}`);
      expect(errors).to.deep.equal([{ code: 'not-a-dataset', count: 0 }]);
      const text = JSON.stringify(messages);
      for (const leak of ['DOCTYPE', '<', '401', '404', 'HTTP', 'landing', 'status']) expect(text).not.to.include(leak);
    });

  it('should post a count, not the values, for a dataset that breaks the format', async () => {
    const { messages, errors } = await frameAndListen(holder, `${otherOrigin}${EMBED}?widget=compare&src=/test/pages/broken-dataset.json`);
    expect(errors).to.deep.equal([{ code: 'invalid', count: 2 }]);
    expect(JSON.stringify(messages)).not.to.include('Secret Name 1');
  });

  it('should show "not a dataset" and nothing of the file in the frame', async () => {
    const { iframe } = await frameAndListen(holder, `${EMBED}?widget=compare&src=${INTERNAL}`);
    const text = shown(iframe);
    expect(text).to.include('not a dataset');
    for (const secret of SECRETS) expect(text).not.to.include(secret);
    expect(widgetIn(iframe)).to.equal(null);
  });

  it('should show the count, not the values, for a dataset that breaks the format', async () => {
    const { iframe } = await frameAndListen(holder, `${EMBED}?widget=compare&src=/test/pages/broken-dataset.json`);
    const text = shown(iframe);
    expect(text).to.include('2 problems');
    expect(text).not.to.include('Secret Name 1');
  });

  it('should refuse a src on another site that is not https:', async () => {
    const { iframe, errors } = await frameAndListen(holder, `${EMBED}?widget=compare&src=${encodeURIComponent(`${otherOrigin}${HEALTHCARE}`)}`);
    expect(errors).to.deep.equal([{ code: 'not-a-dataset', count: 0 }]);
    expect(shown(iframe)).to.include('not a dataset');
  });

  it("should fetch src without the reader's cookies", async () => {
    document.cookie = 'career-paths-test=1; path=/; SameSite=Lax';
    try {
      const iframe = await addFrame(holder, { src: `${EMBED}?widget=compare&src=/cookie-echo`, title: 'Career paths', style: 'width: 600px; height: 300px' });
      await waitUntil(() => widgetIn(iframe)?.shadowRoot?.textContent?.includes('The request carried'), 'the echoed dataset did not render');
      expect(shown(iframe)).to.include('The request carried no cookie');
    } finally {
      document.cookie = 'career-paths-test=; path=/; max-age=0';
    }
  });

  it('should still show a dataset of its own site', async () => {
    const iframe = await addFrame(holder, { src: `${EMBED}?widget=compare&src=${HEALTHCARE}`, title: 'Career paths', style: 'width: 600px; height: 300px' });
    await waitUntil(() => widgetIn(iframe)?.shadowRoot?.querySelector('table, section'), 'the dataset did not render');
  });
});
