/**
 * A host page with dist/embed.js: the frame's height follows the widget, the widget's events are
 * raised on the iframe element, and messages from any other window are ignored. axe inside the frame.
 */
import { expect } from '@open-wc/testing';
import { encodeDataset } from '../../src/embed/fragment.js';
import type { CareerCtaDetail } from '../../src/shared/events.js';
import { $, frame, HEALTHCARE, twoPaths, violations, waitUntil } from '../helpers.js';
import { addFrame, clickInFrame, embed, EMBED, thisPageAt, widgetIn } from './frames.js';

/** Whether the frame is as tall as its page, which then has nothing to scroll. */
function fits(iframe: HTMLIFrameElement) {
  const root = iframe.contentDocument!.documentElement;
  const height = parseFloat(iframe.style.height);
  return Math.abs(height - root.getBoundingClientRect().height) < 1 && root.scrollHeight <= root.clientHeight;
}

const heightOf = (iframe: HTMLIFrameElement) => iframe.getBoundingClientRect().height;

describe('a host page with dist/embed.js', () => {
  let holder: HTMLElement;

  before(async () => {
    // Twice, as a site may load it from its theme and from a page: each event must still come once.
    for (let i = 0; i < 2; i++) {
      const script = document.createElement('script');
      script.src = `/dist/embed.js?${i}`;
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
    }
  });

  beforeEach(() => {
    holder = document.createElement('div');
    document.body.append(holder);
  });

  afterEach(() => {
    holder.remove();
    history.replaceState(null, '', location.href.replace(/#.*$/, ''));
  });

  it('should grow the frame when a role is opened in the picker, with nothing to scroll inside', async () => {
    const iframe = await embed(holder, `${EMBED}?widget=picker&src=${HEALTHCARE}`, {
      'data-career-paths': '',
      height: '150',
      style: 'width: 700px; border: 0',
    });
    await waitUntil(() => fits(iframe), 'the frame did not take the height of the picker');
    const closed = heightOf(iframe);
    expect(closed).to.be.above(150);
    const picker = widgetIn(iframe)!;
    const selected: unknown[] = [];
    iframe.addEventListener('career-select', (event) => selected.push(event.detail));
    const role = $(picker, '[aria-expanded="false"]');
    await clickInFrame(role);
    await waitUntil(() => role.getAttribute('aria-expanded') === 'true', 'the role did not open');
    await waitUntil(() => heightOf(iframe) > closed && fits(iframe), 'the frame did not grow with the opened role');
    // The opening was heard on the host page too.
    await waitUntil(() => selected.length === 1, 'career-select was not raised on the iframe');
    expect(selected[0]).to.have.keys(['roleId', 'pathId']);
  });

  it('should grow the frame when a narrower frame stacks the comparison', async () => {
    const iframe = await embed(holder, `${EMBED}?widget=compare&src=${HEALTHCARE}`, { 'data-career-paths': '', style: 'width: 760px; border: 0' });
    const compare = widgetIn(iframe)!;
    await waitUntil(() => fits(iframe), 'the frame did not take the height of the table');
    expect($(compare, 'section')).to.equal(null);
    const wide = heightOf(iframe);
    iframe.style.width = '320px';
    await waitUntil(() => $(compare, 'section'), 'the comparison did not stack');
    await waitUntil(() => heightOf(iframe) > wide && fits(iframe), 'the frame did not follow the stacked comparison');
  });

  it('should raise career-cta on the iframe element when a call to action is clicked', async () => {
    const target = `cta-${Math.random().toString(36).slice(2)}`;
    const data = { ...twoPaths, paths: [{ ...twoPaths.paths[0], cta: { label: 'Apply for nursing', href: thisPageAt(target) } }, twoPaths.paths[1]] };
    const iframe = await embed(holder, `${EMBED}?widget=compare#${await encodeDataset(JSON.stringify(data))}`, {
      'data-career-paths': '',
      style: 'width: 700px; border: 0',
    });
    const heard: CareerCtaDetail[] = [];
    iframe.addEventListener('career-cta', (event) => heard.push(event.detail));
    const bubbled: string[] = [];
    holder.addEventListener('career-cta', (event) => bubbled.push(event.type));
    await clickInFrame($(widgetIn(iframe)!, 'a[part~="cta"]'));
    await waitUntil(() => heard.length > 0, 'the host page did not hear career-cta');
    expect(heard).to.deep.equal([{ href: thisPageAt(target), pathId: 'nursing', roleId: null, source: 'compare' }]);
    expect(bubbled).to.deep.equal(['career-cta']);
    await waitUntil(() => location.hash === `#${target}`, 'the top window did not go to the call to action');
  });

  it('should ignore the same messages from any other window', async () => {
    const iframe = await embed(holder, `${EMBED}?widget=compare&src=${HEALTHCARE}`, { 'data-career-paths': '', style: 'width: 700px; border: 0' });
    await waitUntil(() => fits(iframe), 'the frame did not take the height of the table');
    const height = heightOf(iframe);
    const heard: Event[] = [];
    iframe.addEventListener('career-cta', (event) => heard.push(event));
    const messages = [
      { type: 'career-paths:height', height: 20 },
      { type: 'career-paths:event', name: 'career-cta', detail: { href: 'https://evil.example/' } },
    ];
    // From this page's own window, and from another frame on it.
    for (const message of messages) postMessage(message, '*');
    const sent = new Promise<void>((resolve) => {
      const done = (event: MessageEvent) => event.data === 'other-sent' && (removeEventListener('message', done), resolve());
      addEventListener('message', done);
    });
    const other = await addFrame(holder, {
      title: 'Another widget',
      srcdoc: `<script>for (const m of ${JSON.stringify(messages)}) parent.postMessage(m, '*'); parent.postMessage('other-sent', '*');</script>`,
    });
    await sent;
    await frame();
    expect(other.isConnected).to.equal(true);
    expect(heightOf(iframe)).to.equal(height);
    expect(heard).to.deep.equal([]);
  });

  it('should pass axe inside the frame, for both widgets', async () => {
    for (const widget of ['compare&highlight=management', 'picker&selected=hospital-administrator']) {
      const iframe = await embed(holder, `${EMBED}?widget=${widget}&src=${HEALTHCARE}`, { 'data-career-paths': '', style: 'width: 700px; border: 0' });
      // axe tests a frame through a copy of itself loaded in it, and reports from the top page.
      const doc = iframe.contentDocument!;
      const axe = doc.createElement('script');
      axe.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((resolve) => {
        axe.onload = resolve;
        doc.head.append(axe);
      });
      expect(await violations(iframe), widget).to.deep.equal([]);
    }
  });

  describe('messages from a frame of another site', () => {
    /** The same test server under its other name: another origin. */
    const otherOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const poster = (messages: object[]) => `${otherOrigin}/test/pages/poster.html#${encodeURIComponent(JSON.stringify(messages))}`;

    /** Resolves once the poster page in `iframe` has posted all its messages, and this page has handled them. */
    const posted = (iframe: () => HTMLIFrameElement | undefined) =>
      new Promise<void>((resolve) => {
        const done = (event: MessageEvent) => {
          if (event.data !== 'poster-done' || event.source !== iframe()?.contentWindow) return;
          removeEventListener('message', done);
          resolve();
        };
        addEventListener('message', done);
      });

    /** The heights `embed.js` gives a frame, as they are set. */
    const heightsOf = (iframe: HTMLIFrameElement) => {
      const heights: string[] = [];
      new MutationObserver(() => heights.push(iframe.style.height)).observe(iframe, { attributeFilter: ['style'] });
      return heights;
    };

    it('should ignore a frame that navigated away from the address in its src', async () => {
      const iframe = await embed(holder, `${EMBED}?widget=compare&src=${HEALTHCARE}`, { 'data-career-paths': '', style: 'width: 700px; border: 0' });
      await waitUntil(() => fits(iframe), 'the frame did not take the height of the table');
      const heights = heightsOf(iframe);
      const heard: Event[] = [];
      iframe.addEventListener('career-select', (event) => heard.push(event));
      const done = posted(() => iframe);
      // The same window, now showing another site's page: its messages are not the embed page's.
      iframe.contentWindow!.location.href = poster([
        { type: 'career-paths:height', height: 200 },
        { type: 'career-paths:event', name: 'career-select', detail: { roleId: 'x', pathId: 'y' } },
      ]);
      await done;
      await frame();
      expect(heights).to.deep.equal([]);
      expect(heard).to.deep.equal([]);
    });

    it('should take only heights from 0 to 100,000 pixels', async () => {
      let iframe: HTMLIFrameElement | undefined;
      const done = posted(() => iframe);
      const heights: string[] = [];
      const watcher = new MutationObserver(() => heights.push(iframe!.style.height));
      const frames = new MutationObserver(() => {
        iframe = holder.querySelector('iframe') ?? undefined;
        if (iframe) watcher.observe(iframe, { attributeFilter: ['style'] });
      });
      frames.observe(holder, { childList: true });
      const bad = ['Infinity', 'NaN', '-Infinity', -1, 100001, 1e300, '1e9', null, { valueOf: 5 }];
      const messages = [...bad.map((height) => ({ type: 'career-paths:height', height })), { type: 'career-paths:height', height: 321.5 }];
      iframe = await addFrame(holder, { 'data-career-paths': '', src: poster(messages), title: 'Poster', style: 'border: 0' });
      await done;
      await frame();
      frames.disconnect();
      watcher.disconnect();
      expect(heights).to.deep.equal(['322px']);
    });

    it("should raise only the widgets' events, and career-cta only with a link the widgets would render", async () => {
      const cta = (href: unknown) => ({ type: 'career-paths:event', name: 'career-cta', detail: { href, pathId: 'nursing', roleId: null, source: 'compare' } });
      const messages = [
        cta('javascript:alert(document.domain)'),
        cta(' JaVa\tScRiPt:alert(1)'),
        cta('\u0001javascript:alert(1)'),
        cta('data:text/html,<script>alert(1)</script>'),
        cta('vbscript:msgbox(1)'),
        cta(42),
        cta(undefined),
        { type: 'career-paths:event', name: 'career-cta', detail: null },
        { type: 'career-paths:event', name: 'career-cta', detail: 'javascript:alert(1)' },
        { type: 'career-paths:event', name: 'career-pwned', detail: {} },
        { type: 'career-paths:event', name: 'click', detail: {} },
        cta('https://school.example/apply'),
      ];
      const done = posted(() => holder.querySelector('iframe') ?? undefined);
      const heard: { type: string; detail: unknown }[] = [];
      for (const type of ['career-cta', 'career-pwned', 'click'])
        holder.addEventListener(type, (event) => heard.push({ type, detail: (event as CustomEvent).detail }));
      await addFrame(holder, { 'data-career-paths': '', src: poster(messages), title: 'Poster', style: 'border: 0' });
      await done;
      await frame();
      expect(heard).to.deep.equal([
        { type: 'career-cta', detail: { href: 'https://school.example/apply', pathId: 'nursing', roleId: null, source: 'compare' } },
      ]);
    });
  });
});
