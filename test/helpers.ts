/**
 * The one module of page-level test helpers: rendering an element and waiting for it, reading
 * what a reader gets (`text`), clicking and pressing keys as a person does, the fixture datasets,
 * and axe. Every browser test imports from here rather than defining its own copy.
 */
import { expect, fixture, waitUntil as waitUntilOpenWc } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core';
import type * as Axe from 'axe-core';
import type { TemplateResult } from 'lit';
import type { CareerCompare } from '../src/elements/career-compare.js';
import type { CareerElement } from '../src/elements/career-element.js';
import type { CareerPicker } from '../src/elements/career-picker.js';
import type { Dataset } from '../src/dataset/format.js';

export const HEALTHCARE = '/data/healthcare-management-vs-administration.json';
export const HEALTHCARE_ES = '/data/healthcare-management-vs-administration.es.json';

export const isChromium = navigator.userAgent.includes('Chrome/');
export const isFirefox = navigator.userAgent.includes('Firefox/');
export const isWebKit = !isChromium && !isFirefox;

// --- fixture datasets ------------------------------------------------------------------------

/** Two paths, a list value, a shared value with a source, three roles and two calls to action. */
export const twoPaths = {
  version: 1,
  title: 'Nursing or Pharmacy',
  paths: [
    {
      id: 'nursing',
      name: 'Nursing',
      summary: 'Caring for patients.',
      cta: { label: 'Apply for nursing', href: 'https://example.edu/nursing?ref=guide#apply' },
    },
    { id: 'pharmacy', name: 'Pharmacy', badge: 'Ours', cta: { label: 'Apply for pharmacy', href: '/pharmacy' } },
  ],
  criteria: [
    { id: 'focus', label: 'Focus', values: { nursing: 'Patients', pharmacy: 'Medicines' } },
    { id: 'tasks', label: 'Tasks', values: { nursing: ['Check vital signs', 'Give care'], pharmacy: ['Fill prescriptions'] } },
    { id: 'pay', label: 'Pay', value: '$80,000', source: { name: 'Labor statistics', url: 'https://stats.example.gov/pay', date: '2023-05' } },
  ],
  roles: [
    { id: 'rn', title: 'Registered nurse', path: 'nursing' },
    { id: 'pharmacist', title: 'Pharmacist', path: 'pharmacy' },
    { id: 'lpn', title: 'Practical nurse', path: 'nursing' },
  ],
} satisfies Dataset;

/** Five paths, each with a call to action: more than a reader may want side by side. */
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

/** JSON for a single-quoted attribute: the element gets exactly these characters. */
export const json = (data: unknown) => JSON.stringify(data).replace(/&/g, '&amp;').replace(/'/g, '&#39;');

// --- rendering and waiting -------------------------------------------------------------------

type WaitOptions = Parameters<typeof waitUntilOpenWc>[2];

/**
 * `waitUntil` from @open-wc/testing, given 5 s instead of 1 s by default. A wait still ends as
 * soon as its condition holds; the longer limit only keeps a slow engine on a busy machine from
 * failing a test that would have passed.
 */
export const waitUntil = (predicate: () => unknown, message?: string, options: WaitOptions = {}) =>
  waitUntilOpenWc(predicate, message, { timeout: 5000, ...options });

/** The next frame (and the one after it, where layout settles). */
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Renders markup (the element, alone or in a container) and waits until the element named by
 * `tag` shows its view or its error. Returns the element.
 */
export async function render<T extends CareerElement = CareerElement>(
  markup: TemplateResult | string,
  tag = (typeof markup === 'string' ? markup : markup.strings.join('')).match(/<(career-\w+)/)![1],
) {
  const holder = await fixture<HTMLElement>(markup);
  const element = (holder.localName === tag ? holder : holder.querySelector(tag)!) as T;
  await waitUntil(() => element.shadowRoot?.querySelector('table, section, fieldset, [part~="error"]'), `<${tag}> did not render`);
  await element.updateComplete;
  // The comparison picks its layout from its width in the next frame.
  await new Promise(requestAnimationFrame);
  await element.updateComplete;
  return element;
}

/** `render` for markup whose element is a `<career-compare>`. */
export const renderCompare = (markup: TemplateResult | string) => render<CareerCompare>(markup, 'career-compare');

/** `render` for markup whose element is a `<career-picker>`. */
export const renderPicker = (markup: TemplateResult | string) => render<CareerPicker>(markup, 'career-picker');

// --- reading what is shown -------------------------------------------------------------------

export const $$ = <T extends HTMLElement = HTMLElement>(element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];
export const $ = <T extends HTMLElement = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;

/** Text as a reader hears it, with runs of white space as one space. */
export const text = (node?: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of each match of `selector` in the element's shadow root. */
export const texts = (element: Element, selector: string) => $$(element, selector).map(text);

/** The text of a node itself, without that of its child elements (a row header without its source). */
export const ownText = (node: Node) =>
  [...node.childNodes]
    .filter((child) => child.nodeType === Node.TEXT_NODE)
    .map((child) => child.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** Text as it is laid out, line breaks included, with runs of white space as one space. */
export const seen = (element: HTMLElement) => element.innerText.replace(/\s+/g, ' ').trim();

/** Whether an element takes up space on the page (not hidden by `display: none`). */
export const shown = (element: Element | null) => !!element && element.getClientRects().length > 0;

/** The input of the choice (radio or checkbox) whose label reads `label`. */
export const choice = (element: Element, label: string) =>
  $$(element, 'label')
    .find((l) => text(l) === label)!
    .querySelector('input')!;

/** The button of the picker's role titled `title`. */
export const roleButton = (element: Element, title: string) => $$(element, '[part~="role"] > button').find((b) => text(b) === title)!;

/** The element that has the focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** An element in a few words, for a failure message: `<button> "Pharmacist"`. */
const inWords = (element: Element | null) => (element ? `<${element.localName}> "${text(element).slice(0, 60)}"` : 'nothing');

/**
 * Asserts that `actual` (the focused element) is `expected`. A failing `expect(element).to.equal()`
 * has the reporter serialise both elements, which in a large shadow tree hangs until the test
 * run's time-out; this names them in a few words instead.
 */
export function expectFocus(actual: Element | null, expected: Element | null, message = 'the focus') {
  expect(actual === expected, `${message}: expected ${inWords(expected)}, found ${inWords(actual)}`).to.equal(true);
}

// --- acting as a person ----------------------------------------------------------------------

/**
 * A real mouse click in the middle of an element, as a person clicks: scrolled into view, and
 * clicked once it has stayed in the same place for a frame. Content above it may still be moving
 * it (a list of problems that grows as a person types, a preview that renders), and a click where
 * the element was a moment ago lands on something else.
 */
export async function click(element: Element) {
  const place = () => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height, inView: y >= 0 && y + height <= innerHeight };
  };
  let box = place();
  for (let tries = 0; tries < 20; tries++) {
    element.scrollIntoView({ block: 'center' });
    await frame();
    const before = place();
    await frame();
    box = place();
    if (box.inView && box.x === before.x && box.y === before.y) break;
  }
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

export const tab = () => sendKeys({ press: 'Tab' });

/** A key pressed with a modifier held, as each engine can send it (CONTRIBUTING.md). */
export async function chord(modifier: 'Shift' | 'Control' | 'Meta', key: string) {
  if (isWebKit) return sendKeys({ press: `${modifier}+${key}` });
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

/** Shift+Tab. */
export const shiftTab = () => chord('Shift', 'Tab');

/** Selects everything in the focused field with Ctrl+A. */
export const selectAll = () => chord('Control', 'a');

// --- axe -------------------------------------------------------------------------------------

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

/** One result of IBM's Equal Access engine. */
export interface EqualAccessResult {
  ruleId: string;
  /** Its kind (VIOLATION, RECOMMENDATION…) and outcome (PASS, FAIL, POTENTIAL…). */
  value: [string, string];
  path: { dom: string };
  message: string;
}
let equalAccess: Promise<{ Checker: new () => { check(context: Node, rulesets: string[]): Promise<{ results: EqualAccessResult[] }> } }> | undefined;

/**
 * What IBM's Equal Access engine, a second rule engine beside axe, finds failed in `context`:
 * requirements and recommendations alike, not what it asks a person to review. The engine is
 * loaded once, as a page script.
 */
export async function equalAccessFailures(context: Node) {
  equalAccess ??= new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: '/node_modules/accessibility-checker-engine/ace.js' });
    script.onload = () => resolve((window as unknown as { ace: Awaited<typeof equalAccess> }).ace!);
    script.onerror = reject;
    document.head.append(script);
  });
  const report = await new (await equalAccess).Checker().check(context, ['IBM_Accessibility']);
  return report.results.filter((result) => result.value[1] === 'FAIL');
}

/** axe's violations in a context holding the element (axe follows its open shadow root). */
export async function violations(context: Element | Document = document) {
  const results = await axe.run(context, AXE_OPTIONS);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}
