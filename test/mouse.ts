import { sendMouse } from '@web/test-runner-commands';

/** A real mouse click in the middle of an element, scrolled into view first, as a person clicks. */
export async function click(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}
