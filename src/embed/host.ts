/**
 * The optional host script (dist/embed.js): sizes every `<iframe data-career-paths>` to the
 * height its embed page reports, and raises the widget's events on the iframe element, so that
 * a listener for `career-cta` on the host page hears a click inside the frame.
 *
 * A message counts only when it comes from that iframe's own window and from the origin of the
 * iframe's own `src`: any other window could post the same shape, and the frame's window may
 * have been navigated to another site. Then only a height from 0 to 100,000 pixels is taken, and
 * only the widgets' four events are raised, a `career-cta` only with a link the widgets would
 * render themselves.
 */
import { isSafeUrl } from '../shared/links.js';

/** The events passed on: the widgets' events and nothing else. */
const EVENTS = ['career-select', 'career-filter', 'career-cta', 'career-error'];

const loaded = Symbol.for('career-paths.embed');

/** The origin of a frame's address; `null` when it has none that a message could come from. */
const originOf = (frame: HTMLIFrameElement) => {
  try {
    return new URL(frame.src).origin;
  } catch {
    return null;
  }
};

/** Whether an event's detail is an object whose link, if it has one, the widgets would render. */
const safeDetail = (name: string, detail: unknown) => {
  if (!detail || typeof detail !== 'object') return false;
  const { href } = detail as { href?: unknown };
  return href === undefined ? name !== 'career-cta' : typeof href === 'string' && isSafeUrl(href);
};

// Loaded twice, it would raise each event twice.
if (!(window as unknown as Record<symbol, boolean>)[loaded]) {
  (window as unknown as Record<symbol, boolean>)[loaded] = true;
  addEventListener('message', (event) => {
    const message = event.data;
    if (!event.source || typeof message !== 'object' || !message) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-career-paths]')) {
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
      const { type, height, name, detail } = message;
      if (type === 'career-paths:height' && typeof height === 'number' && height >= 0 && height <= 100000) {
        frame.style.height = `${Math.ceil(height)}px`;
      } else if (type === 'career-paths:event' && EVENTS.includes(name) && safeDetail(name, detail)) {
        // Not cancelable: the click inside the frame has already been handled.
        frame.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
      }
    }
  });
}
