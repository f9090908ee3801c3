import { fixture } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { TemplateResult } from 'lit';
import '../../src/career-paths.js';
import type { CareerCompare } from '../../src/elements/career-compare.js';
import type { Dataset } from '../../src/dataset/format.js';

export const HEALTHCARE = '/data/healthcare-management-vs-administration.json';

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

/** Five paths: more than a reader may want side by side. */
export const fivePaths = {
  version: 1,
  title: 'Five health careers',
  paths: ['nursing', 'pharmacy', 'dentistry', 'therapy', 'radiology'].map((id) => ({ id, name: id[0].toUpperCase() + id.slice(1) })),
  criteria: [{ id: 'focus', label: 'Focus', value: 'People' }],
} satisfies Dataset;

export const json = (data: unknown) => JSON.stringify(data);

/** Renders markup and waits until the element shows its view (or its error). */
export async function render(markup: TemplateResult | string): Promise<CareerCompare> {
  const holder = await fixture<HTMLElement>(markup);
  const element = holder.localName === 'career-compare' ? (holder as CareerCompare) : holder.querySelector('career-compare')!;
  await waitUntil(() => element.shadowRoot?.querySelector('table, [part~="error"]'), 'the element did not render');
  await element.updateComplete;
  return element;
}

export const all = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const one = (element: Element, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);

/** Text as a reader sees it, with runs of white space as one space. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of a node itself, without that of its child elements (a row header without its source). */
export const ownText = (node: Node) =>
  text({ textContent: [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent).join('') } as Node);

/** Text as it is laid out, line breaks included, with runs of white space as one space. */
export const seen = (element: HTMLElement) => element.innerText.replace(/\s+/g, ' ').trim();

export const texts = (element: Element, selector: string) => all(element, selector).map(text);

/** Whether an element takes up space on the page (not hidden by `display: none`). */
export const shown = (element: Element | null) => !!element && element.getClientRects().length > 0;

export { click } from '../mouse.js';
