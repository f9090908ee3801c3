import { fixture } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core';
import type * as Axe from 'axe-core';
import '../../src/career-paths.js';
import type { CareerElement } from '../../src/elements/career-element.js';
import type { Dataset } from '../../src/dataset/format.js';

export const HEALTHCARE = '/data/healthcare-management-vs-administration.json';

export const isChromium = navigator.userAgent.includes('Chrome/');
export const isFirefox = navigator.userAgent.includes('Firefox/');
export const isWebKit = !isChromium && !isFirefox;

/** Five paths, each with a call to action: the reader chooses which to compare. */
export const fivePaths = {
  version: 1,
  title: 'Five health careers',
  paths: ['nursing', 'pharmacy', 'dentistry', 'therapy', 'radiology'].map((id) => ({
    id,
    name: id[0].toUpperCase() + id.slice(1),
    cta: { label: `Explore ${id}`, href: `/programs/${id}` },
  })),
  criteria: [
    { id: 'focus', label: 'Focus', value: 'People' },
    { id: 'pay', label: 'Pay', value: '$80,000', source: { name: 'Labor statistics', url: 'https://stats.example.gov/pay', date: '2023-05' } },
  ],
} satisfies Dataset;

/** JSON for a single-quoted attribute. */
export const json = (data: unknown) => JSON.stringify(data).replace(/'/g, '&#39;');

/**
 * Renders markup (the element, alone or in a container) and waits until the element named by
 * `tag` shows its view or its error. Returns the element.
 */
export async function render<T extends CareerElement = CareerElement>(markup: string, tag = markup.match(/<(career-\w+)/)![1]) {
  const holder = await fixture<HTMLElement>(markup);
  const element = (holder.localName === tag ? holder : holder.querySelector(tag)!) as T;
  await waitUntil(() => element.shadowRoot?.querySelector('table, fieldset, [part~="error"]'), `<${tag}> did not render`);
  await element.updateComplete;
  // The comparison picks its layout from its width in the next frame.
  await new Promise(requestAnimationFrame);
  await element.updateComplete;
  return element;
}

export const $$ = <T extends HTMLElement = HTMLElement>(element: Element, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];
export const $ = <T extends HTMLElement = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;

/** Text as a reader hears it, with runs of white space as one space. */
export const text = (node?: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether an element takes up space on the page. */
export const shown = (element: Element) => element.getClientRects().length > 0;

const axe = (window as unknown as { axe: typeof Axe }).axe;

/** The WCAG 2.x A and AA rules, and best practices, with the target-size rule on. */
const AXE_OPTIONS: Axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
  rules: {
    'target-size': { enabled: true },
    // These three judge a whole page (its landmarks, its h1). The widgets are fragments placed
    // inside a school's page, which owns its landmarks and its first heading.
    region: { enabled: false },
    'page-has-heading-one': { enabled: false },
    'landmark-one-main': { enabled: false },
  },
};

/** axe's violations in a context holding the element (axe follows its open shadow root). */
export async function violations(context: Element) {
  const results = await axe.run(context, AXE_OPTIONS);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

/** The element that has the focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const tab = () => sendKeys({ press: 'Tab' });

/** Shift+Tab, as each engine can send it (CONTRIBUTING.md). */
export async function shiftTab() {
  if (isWebKit) return sendKeys({ press: 'Shift+Tab' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/**
 * The WCAG relative luminance of a computed colour (any syntax an engine returns: `rgb()`,
 * `color(srgb …)`), painted over white as a translucent colour would show on the white page.
 */
export function luminance(color: string) {
  canvas.fillStyle = '#fff';
  canvas.fillRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)]
    .map((c) => c / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
}

/** The WCAG contrast ratio of two computed colours. */
export function contrast(one: string, other: string) {
  const [light, dark] = [luminance(one), luminance(other)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
