/**
 * A host page with no script at all and the recommended sandboxed `<iframe>`: the widget shows,
 * and a call to action leaves the frame for the top window after a click.
 *
 * The test page is the top window here. The host page is a frame inside it, and the widget's
 * frame is inside that, so its calls to action go to the test page: to this very address with a
 * new fragment, which navigates the top window without unloading the tests.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { encodeDataset } from '../../src/embed/fragment.js';
import { SANDBOX } from '../../src/editor/iframe.js';
import { $, twoPaths, waitUntil } from '../helpers.js';
import { addFrame, clickInFrame, EMBED, rendered, thisPageAt, widgetIn } from './frames.js';

/** The host page: nothing but the iframe a school's editor pastes. */
async function hostPage(src: string, sandbox: string) {
  const host = await addFrame(document.body, {
    title: 'A school page',
    style: 'width: 800px; height: 700px; border: 0',
    srcdoc: `<!doctype html><html lang="en"><title>A course page</title><h1>Week 3</h1>
      <iframe data-career-paths sandbox="${sandbox}" src="${src}" title="Compare careers" width="100%" height="560" style="border: 0"></iframe>`,
  });
  const widgetFrame = host.contentDocument!.querySelector('iframe')!;
  await waitUntil(() => widgetFrame.contentDocument?.readyState === 'complete' && rendered(widgetFrame), 'the widget did not render');
  return { host, widgetFrame, widget: widgetIn(widgetFrame)! };
}

describe('a host page without scripts, with the recommended sandbox', () => {
  let host: HTMLIFrameElement | undefined;
  afterEach(() => {
    host?.remove();
    history.replaceState(null, '', location.href.replace(/#.*$/, ''));
  });

  it('should show the comparison from a src next to the embed page', async () => {
    const page = await hostPage(`${EMBED}?widget=compare&src=/data/healthcare-management-vs-administration.json&highlight=management`, SANDBOX);
    host = page.host;
    expect($(page.widget, 'table')).to.exist;
    expect(page.widget.shadowRoot!.textContent).to.include('Healthcare Administration');
    expect(page.widgetFrame.contentWindow!.parent).to.equal(host.contentWindow);
    // Without the host script the frame keeps its height and the widget scrolls inside it.
    const root = page.widgetFrame.contentDocument!.documentElement;
    expect(page.widgetFrame.getBoundingClientRect().height).to.equal(560);
    expect(root.scrollHeight).to.be.above(root.clientHeight);
  });

  it('should take a call to action to the top window after a click', async () => {
    const target = `cta-${Math.random().toString(36).slice(2)}`;
    const data = { ...twoPaths, paths: [{ ...twoPaths.paths[0], cta: { label: 'Apply for nursing', href: thisPageAt(target) } }, twoPaths.paths[1]] };
    const page = await hostPage(`${EMBED}?widget=compare#${await encodeDataset(JSON.stringify(data))}`, SANDBOX);
    host = page.host;
    const cta = $(page.widget, 'a[part~="cta"]');
    expect(cta.textContent).to.equal('Apply for nursing');
    await clickInFrame(cta);
    await waitUntil(() => location.hash === `#${target}`, 'the top window did not go to the call to action');
    // The frames stayed: the top window moved within its page.
    expect(host.isConnected).to.equal(true);
  });

  it('should take a call to action to the top window from the keyboard', async () => {
    const target = `key-${Math.random().toString(36).slice(2)}`;
    const data = { ...twoPaths, paths: [{ ...twoPaths.paths[0], cta: { label: 'Apply for nursing', href: thisPageAt(target) } }, twoPaths.paths[1]] };
    const page = await hostPage(`${EMBED}?widget=compare#${await encodeDataset(JSON.stringify(data))}`, SANDBOX);
    host = page.host;
    const cta = $(page.widget, 'a[part~="cta"]');
    page.widgetFrame.contentWindow!.focus();
    cta.focus();
    expect(page.widget.shadowRoot!.activeElement).to.equal(cta);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => location.hash === `#${target}`, 'the top window did not go to the call to action');
  });

  it('should open a call to action in a new tab where the sandbox forbids top navigation', async () => {
    const channel = new BroadcastChannel('career-paths-landing');
    const heard: string[] = [];
    channel.onmessage = (event) => heard.push(event.data);
    const key = Math.random().toString(36).slice(2);
    const data = {
      ...twoPaths,
      paths: [
        { ...twoPaths.paths[0], cta: { label: 'Apply for nursing', href: new URL(`/test/embed/landing.html?${key}`, location.href).href } },
        twoPaths.paths[1],
      ],
    };
    const sandbox = SANDBOX.replace(' allow-top-navigation-by-user-activation', '');
    const page = await hostPage(`${EMBED}?widget=compare#${await encodeDataset(JSON.stringify(data))}`, sandbox);
    host = page.host;
    const before = location.href;
    await clickInFrame($(page.widget, 'a[part~="cta"]'));
    await waitUntil(() => heard.includes(key), 'no new tab opened the call to action');
    channel.close();
    expect(location.href).to.equal(before);
    // The frame still shows the widget: the link did not replace it.
    expect(widgetIn(page.widgetFrame)).to.exist;
  });
});
