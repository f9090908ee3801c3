/**
 * Frames for the embed page's tests: loading `dist/embed.html` in an iframe (optionally inside a
 * host frame), finding the widget in it, and clicking inside frames with the real mouse.
 */
import { sendMouse } from '@web/test-runner-commands';
import { frame as nextFrame, waitUntil } from '../helpers.js';

export const EMBED = '/dist/embed.html';

/** The widget element on the embed page in a frame, once it shows its view or its error. */
export const widgetIn = (iframe: HTMLIFrameElement) => iframe.contentDocument?.querySelector<HTMLElement>('career-compare, career-picker') ?? null;

export const rendered = (iframe: HTMLIFrameElement) => !!widgetIn(iframe)?.shadowRoot?.querySelector('table, fieldset, section, [part~="error"]');

/** Adds an iframe to `parent` and resolves once its document has loaded. */
export function addFrame(parent: Element, attributes: Record<string, string>): Promise<HTMLIFrameElement> {
  const doc = parent.ownerDocument;
  const iframe = doc.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) iframe.setAttribute(name, value);
  return new Promise((resolve, reject) => {
    iframe.addEventListener('load', () => resolve(iframe), { once: true });
    iframe.addEventListener('error', () => reject(new Error('the frame did not load')), { once: true });
    parent.append(iframe);
  });
}

/** Loads an embed address in a new iframe and waits until the widget shows something. */
export async function embed(parent: Element, src: string, attributes: Record<string, string> = {}) {
  const iframe = await addFrame(parent, { src, title: 'Career paths', ...attributes });
  await waitUntil(() => rendered(iframe), `the widget did not render in ${src.slice(0, 200)}`);
  await nextFrame();
  return iframe;
}

/**
 * A real mouse click in the middle of an element inside frames: `sendMouse` takes the top page's
 * coordinates, so the offset of every frame on the way up is added (frames must be same-origin).
 */
export async function clickInFrame(element: Element) {
  element.scrollIntoView({ block: 'center' });
  await nextFrame();
  const box = element.getBoundingClientRect();
  let x = box.x + box.width / 2;
  let y = box.y + box.height / 2;
  for (let view = element.ownerDocument.defaultView!; view !== window; view = view.frameElement!.ownerDocument.defaultView!) {
    const iframe = view.frameElement as HTMLIFrameElement;
    const outer = iframe.getBoundingClientRect();
    x += outer.x + iframe.clientLeft;
    y += outer.y + iframe.clientTop;
  }
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

/** The address of this test page with a new fragment: navigating the top window there keeps the page. */
export const thisPageAt = (fragment: string) => `${location.href.replace(/#.*$/, '')}#${fragment}`;
