import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CareerPicker } from '../../src/elements/career-picker.js';
import { $, $$, deepActive, expectFocus, fivePaths, HEALTHCARE, json, render, shiftTab, shown, tab, text, waitUntil } from '../helpers.js';
import '../../src/career-paths.js';

const FIVE = json({ ...fivePaths, roles: [{ id: 'nurse', title: 'Nurse', path: 'nursing' }] });

/** What the reader can reach with Tab in a shadow root, in document order: one radio per group. */
const tabbable = (element: Element) =>
  $$(element, 'a[href], button:not(:disabled), input:not(:disabled), [tabindex="0"]').filter(
    (node) => shown(node) && !(node instanceof HTMLInputElement && node.type === 'radio' && !node.checked),
  );

const name = (node: Element | null) =>
  node ? `${node.localName} "${text(node) || node.getAttribute('aria-label') || (node as HTMLInputElement).value}"` : 'nothing';

/** Whether `next` comes after `previous` in reading order: inside it, lower down, or on the same line and to the right. */
function after(previous: Element, next: Element) {
  if (previous.contains(next)) return true;
  const [a, b] = [previous.getBoundingClientRect(), next.getBoundingClientRect()];
  const sameLine = Math.abs(b.top - a.top) < a.height / 2;
  return sameLine ? b.left > a.left : b.top > a.top;
}

/** Presses Tab (or Shift+Tab) until the focus reaches `end`, and returns what it stopped on in between. */
async function tabThrough(end: HTMLElement, press = tab, limit = 60) {
  const visited: Element[] = [];
  for (let i = 0; i < limit && deepActive() !== end; i++) {
    await press();
    if (deepActive() !== end) visited.push(deepActive()!);
  }
  expectFocus(deepActive(), end, 'the focus left the widget');
  return visited;
}

/** The element between two buttons, as on a page, with the focus on the button before it. */
async function between(markup: string, width = 900) {
  const element = await render(`<div style="width: ${width}px"><button id="before">Before</button>${markup}<button id="after">After</button></div>`);
  const holder = element.parentElement!;
  const [before, end] = [holder.querySelector<HTMLElement>('#before')!, holder.querySelector<HTMLElement>('#after')!];
  before.focus();
  return { element, before, end };
}

describe('keyboard: Tab order', () => {
  for (const [width, markup] of [
    [900, `<career-compare src="${HEALTHCARE}" highlight="management" layout="table"></career-compare>`],
    [300, `<career-compare data='${FIVE}' highlight="pharmacy"></career-compare>`],
    [300, `<career-compare data='${FIVE}' layout="table"></career-compare>`],
    [900, `<career-picker src="${HEALTHCARE}" path="administration" selected="health-services-manager"></career-picker>`],
    [300, `<career-picker src="${HEALTHCARE}" path="administration" interests="patients"></career-picker>`],
  ] as const)
    it(`${markup.replace(/data='.*'/, "data='(five paths)'")} in ${width}px => Tab reaches every control in visual order, then leaves; Shift+Tab goes back`, async () => {
      const { element, before, end } = await between(markup, width);
      const expected = tabbable(element);
      expect(expected.length).to.be.at.least(3);
      const forward = await tabThrough(end);
      expect(forward.map(name)).to.deep.equal(expected.map(name));
      forward.slice(1).forEach((node, i) => expect(after(forward[i], node), `${name(node)} after ${name(forward[i])}`).to.be.true);
      const backward = await tabThrough(before, shiftTab);
      expect(backward.map(name)).to.deep.equal([...expected].reverse().map(name));
    });
});

describe('keyboard: controls', () => {
  it('<career-picker> => the path radios are one Tab stop; the arrows move and check', async () => {
    const { element } = await between(`<career-picker src="${HEALTHCARE}"></career-picker>`);
    const radios = $$<HTMLInputElement>(element, '[type="radio"]');
    await tab();
    expectFocus(deepActive(), radios[0]);
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expectFocus(deepActive(), radios[1]);
    expect(radios.map((radio) => radio.checked)).to.deep.equal([false, true, false]);
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(radios.map((radio) => radio.checked)).to.deep.equal([false, false, true]);
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expectFocus(deepActive(), radios[1]);
    expect((element as CareerPicker).path).to.equal('management');
    await tab();
    expectFocus(deepActive(), $(element, '[type="checkbox"]'), 'Tab leaves the group for the first interest');
  });

  it('<career-picker> => Space toggles an interest checkbox', async () => {
    const { element } = await between(`<career-picker src="${HEALTHCARE}"></career-picker>`);
    await tab();
    await tab();
    const box = $<HTMLInputElement>(element, '[type="checkbox"]');
    expectFocus(deepActive(), box);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(box.checked).to.be.true;
    expect(element.getAttribute('interests')).to.equal(box.value);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(box.checked).to.be.false;
    expect(element.hasAttribute('interests')).to.be.false;
  });

  it('<career-compare> with five paths => Space toggles a path checkbox', async () => {
    const { element } = await between(`<career-compare data='${FIVE}'></career-compare>`);
    await tab();
    const box = $<HTMLInputElement>(element, 'input');
    expectFocus(deepActive(), box);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(box.checked).to.be.false;
    expect($$(element, '[part~="column-header"]').map(text)).to.deep.equal(['Pharmacy', 'Dentistry', 'Therapy', 'Radiology']);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(box.checked).to.be.true;
    expectFocus(deepActive(), box);
  });

  for (const key of ['Enter', ' '])
    it(`<career-picker> => ${key === ' ' ? 'Space' : key} opens and closes a role, the focus staying on its button`, async () => {
      const { element } = await between(`<career-picker src="${HEALTHCARE}"></career-picker>`);
      const button = $$(element, '[part~="role"] > button')[2];
      button.focus();
      await sendKeys({ press: key });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect($(element, '[part~="role-details"]')).to.exist;
      expectFocus(deepActive(), button);
      await sendKeys({ press: key });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expectFocus(deepActive(), button);
    });

  it('<career-compare layout="table"> in 300px => the scrolling region is a Tab stop, and ArrowRight scrolls it', async () => {
    const { element } = await between(`<career-compare src="${HEALTHCARE}" layout="table"></career-compare>`, 300);
    const region = $(element, '[role="region"]');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    await tab();
    expectFocus(deepActive(), region);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => region.scrollLeft > 0, 'ArrowRight did not scroll the region');
  });
});
