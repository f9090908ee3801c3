/**
 * The optional host script (dist/embed.js): sizes every `<iframe data-career-paths>` to the
 * height its embed page reports, and raises the widget's events on the iframe element, so that
 * a listener for `career-cta` on the host page hears a click inside the frame. A message counts
 * only when it comes from that iframe's own window: any other window could post the same shape.
 */

/** The events passed on: the widgets' events and nothing else. */
const EVENTS = ['career-select', 'career-filter', 'career-cta', 'career-error'];

const loaded = Symbol.for('career-paths.embed');

// Loaded twice, it would raise each event twice.
if (!(window as unknown as Record<symbol, boolean>)[loaded]) {
  (window as unknown as Record<symbol, boolean>)[loaded] = true;
  addEventListener('message', (event) => {
    const message = event.data;
    if (!event.source || typeof message !== 'object' || !message) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-career-paths]')) {
      if (frame.contentWindow !== event.source) continue;
      const { type, height, name, detail } = message;
      if (type === 'career-paths:height' && typeof height === 'number' && height >= 0) {
        frame.style.height = `${Math.min(Math.ceil(height), 100000)}px`;
      } else if (type === 'career-paths:event' && EVENTS.includes(name)) {
        // Not cancelable: the click inside the frame has already been handled.
        frame.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
      }
    }
  });
}
