/**
 * What a TypeScript page gets from the package: typed elements and typed events. `npm run lint`
 * type-checks this file, so each `@ts-expect-error` line proves that a wrong use fails to compile;
 * the browsers then run it, so the listeners are proved to receive what their types say.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CareerCompare, CareerPicker, type CareerFilterDetail, type Dataset } from '../src/index.js';
import { click, waitUntil } from './helpers.js';

const dataset: Dataset = {
  version: 1,
  title: 'Typed',
  paths: [
    { id: 'management', name: 'Management' },
    { id: 'administration', name: 'Administration' },
  ],
  roles: [{ id: 'director', title: 'Director', path: 'management' }],
};

/** Wrong uses, type-checked by `npm run lint` but never called. */
export function wrongUses(picker: CareerPicker) {
  picker.addEventListener('career-select', (e) => {
    // @ts-expect-error: roleId is null when the role was closed
    const closed: string = e.detail.roleId;
    const roleId: string = e.detail.roleId ?? '';
    // A closed role has no path either.
    const pathId: string | undefined = e.detail.roleId ? e.detail.pathId : undefined;
    // @ts-expect-error: the detail has no such field
    e.detail.nope;
    // @ts-expect-error: a role id is text, not a number
    const wrong: number = e.detail.roleId;
    return [closed, roleId, pathId, wrong];
  });
  picker.addEventListener('career-filter', (e) => {
    // @ts-expect-error: pathId is null when every path is chosen
    const pathId: string = e.detail.pathId;
    return pathId;
  });
  document.addEventListener('career-cta', (e) => {
    // @ts-expect-error: source is "compare" or "picker"
    if (e.detail.source === 'page') e.preventDefault();
  });
  // @ts-expect-error: a career-select listener does not get a career-cta detail
  picker.addEventListener('career-select', (e: CustomEvent<{ href: string }>) => e.detail.href);
  // @ts-expect-error: the picker has no such property
  document.querySelector('career-picker')!.nope;
  // @ts-expect-error: the heading level is a number
  document.querySelector('career-compare')!.headingLevel = 'two';
}

describe('the types of the package', () => {
  it('document.querySelector("career-picker") => should be typed as the picker class', async () => {
    await fixture(html`<career-picker .data=${dataset} selected="director"></career-picker>`);
    const selected: string | undefined = document.querySelector('career-picker')!.selected;
    expect(selected).to.equal('director');
    expect(document.createElement('career-compare')).to.be.instanceOf(CareerCompare);
  });

  it('<career-picker> => a career-filter listener should get the detail its type names', async () => {
    const picker = await fixture<CareerPicker>(html`<career-picker .data=${dataset}></career-picker>`);
    const details: CareerFilterDetail[] = [];
    picker.addEventListener('career-filter', (e) => details.push(e.detail));
    const radio = () => picker.shadowRoot?.querySelector<HTMLInputElement>('input[type="radio"][value="management"]');
    await waitUntil(radio, 'the path radios should render');
    await click(radio()!);
    await waitUntil(() => details.length, 'a career-filter event should fire');
    const { pathId, interests, matches } = details[0];
    expect({ pathId, interests, matches }).to.deep.equal({ pathId: 'management', interests: [], matches: ['director'] });
  });
});
