import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { CareerElement } from '../../src/elements/career-element.js';
import { $, $$, deepActive, expectFocus, fivePaths, HEALTHCARE, isChromium, isFirefox, json, render, shown, tab, text } from '../helpers.js';
import '../../src/career-paths.js';

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

const FIVE = json(fivePaths);
const WHITE = 'rgb(255, 255, 255)';

/** Every state with controls: both layouts, the reader's choice, the picker with a role open and with nothing matching, an error. */
const STATES: [number, string][] = [
  [900, `<career-compare src="${HEALTHCARE}" highlight="management"></career-compare>`],
  [300, `<career-compare src="${HEALTHCARE}" highlight="management" layout="table"></career-compare>`],
  [300, `<career-compare data='${FIVE}' highlight="nursing"></career-compare>`],
  [900, `<career-picker src="${HEALTHCARE}" selected="health-services-manager"></career-picker>`],
  [300, `<career-picker src="${HEALTHCARE}" path="administration" interests="patients"></career-picker>`],
  [900, `<career-compare src="/status?code=503"></career-compare>`],
];
const titled = (markup: string) => markup.replace(/data='.*'/, "data='(five paths)'");

/** The element between two buttons, as on a page, with the focus on the button before it. */
async function between(width: number, markup: string) {
  const element = await render(`<div style="width: ${width}px"><button>Before</button>${markup}<button>After</button></div>`);
  const [before, after] = element.parentElement!.querySelectorAll('button');
  before.focus();
  return { element, after };
}

/** Presses Tab through the element and checks the focus indicator of every control on the way. */
async function checkFocus(element: Element, after: Element) {
  let seen = 0;
  for (let i = 0; i < 60; i++) {
    await tab();
    const focused = deepActive() as HTMLElement;
    if (focused === after) break;
    seen++;
    const style = getComputedStyle(focused);
    const label = `${focused.localName} "${text(focused)}"`;
    expect(style.outlineStyle, label).to.not.equal('none');
    expect(parseFloat(style.outlineWidth), label).to.be.at.least(2);
    expect(contrast(style.outlineColor, WHITE), `${label}: outline ${style.outlineColor}`).to.be.at.least(3);
    // Forced colours keep and recolour outlines and borders, and drop box shadows and backgrounds.
    expect(style.boxShadow, label).to.equal('none');
    // Not hidden (WCAG 2.4.11): nothing in the widgets is sticky or fixed (checked below), the
    // focused control is in view, and in the scrolling region at least partly in its visible part:
    // browsers scroll a region on focus only when the control is wholly out of it.
    // Firefox scrolls the window on focus only when the control is wholly out of view, so a
    // control that the page left partly in view stays so: there it must be at least partly in
    // view (WCAG 2.4.11, AA), elsewhere wholly.
    const box = focused.getBoundingClientRect();
    const partly = box.height > innerHeight || isFirefox;
    expect(partly ? box.top < innerHeight && box.bottom > 0 : box.top >= -1 && box.bottom <= innerHeight + 1, `${label} in the viewport`).to.be.true;
    expect(box.left >= -1 && box.right <= innerWidth + 1, `${label} in the viewport`).to.be.true;
    const region = focused.parentElement?.closest('[role="region"]');
    if (region) {
      const frame = region.getBoundingClientRect();
      expect(Math.min(box.right, frame.right) - Math.max(box.left, frame.left), `${label} in the scrolling region`).to.be.at.least(Math.min(box.width, 24));
    }
  }
  expectFocus(deepActive(), after);
  expect(seen).to.be.at.least(1);
  expect($$(element, '*').filter((node) => /sticky|fixed/.test(getComputedStyle(node).position))).to.be.empty;
}

describe('visible focus', () => {
  for (const [width, markup] of STATES)
    it(`${titled(markup)} in ${width}px => every control reached by Tab has a 2px outline of 3:1, in view`, async () => {
      const { element, after } = await between(width, markup);
      await checkFocus(element, after);
    });
});

describe('forced colours (Windows High Contrast)', () => {
  for (const [width, markup] of [STATES[0], STATES[3]])
    it(`${titled(markup)} with forced-colors: active => the focus outline and the highlighted column stay visible`, async () => {
      // Forced colours can be emulated in Chromium only (through the DevTools protocol). In Firefox
      // and WebKit the same checks show the properties that forced colours keep: the focus is an
      // outline (not a box-shadow) and the highlighted column a thicker border (not a background).
      if (isChromium) await executeServerCommand('forced-colors', 'active');
      try {
        if (isChromium) expect(matchMedia('(forced-colors: active)').matches).to.be.true;
        const { element, after } = await between(width, markup);
        await checkFocus(element, after);
        const marked = $$(element, '.hl').find(shown);
        if (marked) {
          expect(parseFloat(getComputedStyle(marked).borderTopWidth)).to.be.at.least(6);
          expect(contrast(getComputedStyle(marked).borderTopColor, getComputedStyle(element).backgroundColor)).to.be.at.least(3);
        }
      } finally {
        if (isChromium) await executeServerCommand('forced-colors', 'none');
      }
    });
});

describe('contrast of the default tokens', () => {
  it('<career-compare highlight> => text 4.5:1, borders and the accent 3:1, on white and in the highlighted column', async () => {
    const element = await render(
      `<div style="width: 900px; background: #fff"><career-compare src="${HEALTHCARE}" highlight="management"></career-compare></div>`,
    );
    const highlighted = getComputedStyle($(element, 'td.hl')).backgroundColor;
    const color = (selector: string, property: 'color' | 'backgroundColor' | 'borderTopColor' | 'accentColor' = 'color') =>
      getComputedStyle($(element, selector))[property];
    for (const surface of [WHITE, highlighted]) {
      expect(contrast(getComputedStyle(element).color, surface), 'text').to.be.at.least(4.5);
      expect(contrast(color('.muted'), surface), 'muted text').to.be.at.least(4.5);
      expect(contrast(color('.muted a'), surface), 'a link').to.be.at.least(4.5);
      expect(contrast(color('th'), surface), 'header text').to.be.at.least(4.5);
      expect(contrast(color('th.hl', 'borderTopColor'), surface), 'the highlight border').to.be.at.least(3);
    }
    expect(contrast(color('td', 'borderTopColor'), WHITE), 'a cell border').to.be.at.least(3);
    expect(contrast(color('[part~="cta"]'), color('[part~="cta"]', 'backgroundColor')), 'a call to action').to.be.at.least(4.5);
    expect(contrast(color('[part~="cta"]', 'backgroundColor'), WHITE), 'the edge of a call to action').to.be.at.least(3);
    expect(contrast(color('[part~="badge"]'), color('[part~="badge"]', 'backgroundColor')), 'the badge').to.be.at.least(4.5);
  });

  it("<career-compare> with five paths and <career-picker> => the inputs' accent colour, the chips' and the role buttons' colours", async () => {
    const compare = await render(`<career-compare data='${FIVE}'></career-compare>`);
    const picker = await render(`<career-picker src="${HEALTHCARE}"></career-picker>`);
    for (const input of [$(compare, 'input'), ...$$(picker, 'input')]) {
      const accent = getComputedStyle(input).accentColor;
      expect(contrast(accent, WHITE), `${(input as HTMLInputElement).type} accent-color ${accent}`).to.be.at.least(3);
    }
    expect(contrast(getComputedStyle($(picker, '.chips label')).borderTopColor, WHITE), 'a chip border').to.be.at.least(3);
    expect(contrast(getComputedStyle($(picker, '[part~="role"] button')).color, WHITE), 'a role button').to.be.at.least(4.5);
    expect(contrast(getComputedStyle($(picker, '.muted')).color, WHITE), "a role's path").to.be.at.least(4.5);
    expect(contrast(getComputedStyle($(picker, 'fieldset')).borderTopColor, WHITE), 'a fieldset border').to.be.at.least(3);
  });

  it('<career-picker data="…invalid"> => the error\'s text 4.5:1 and its border 3:1', async () => {
    const element = await render(`<career-picker data='{"version": 1}'></career-picker>`);
    const error = getComputedStyle($(element, '[part~="error"]'));
    expect(contrast(error.color, error.backgroundColor)).to.be.at.least(4.5);
    expect(contrast(error.borderTopColor, WHITE)).to.be.at.least(3);
  });

  it('<career-compare highlight> => the highlighted column is marked by a badge with text and a thicker border, not by colour alone', async () => {
    for (const layout of ['table', 'stacked']) {
      const element = await render(
        `<div style="width: 900px"><career-compare src="${HEALTHCARE}" highlight="administration" layout="${layout}"></career-compare></div>`,
      );
      const [plain, marked] = $$(element, layout === 'table' ? 'th[scope="col"]' : 'section');
      expect(text(marked.querySelector('[part~="badge"]')), layout).to.equal('Our program');
      expect(plain.querySelector('[part~="badge"]'), layout).to.be.null;
      expect(parseFloat(getComputedStyle(marked).borderTopWidth), layout).to.be.at.least(parseFloat(getComputedStyle(plain).borderTopWidth) + 3);
    }
  });
});

describe('motion', () => {
  for (const markup of [
    `<career-compare src="${HEALTHCARE}" highlight="management"></career-compare>`,
    `<career-picker src="${HEALTHCARE}" interests="strategy" selected="hospital-administrator"></career-picker>`,
  ])
    it(`${markup} with prefers-reduced-motion: reduce => nothing animates or transitions`, async () => {
      // Chromium emulates the preference; the other engines cannot (CONTRIBUTING.md), and there the
      // same check shows that nothing moves at all, whatever the preference.
      if (isChromium) await emulateMedia({ reducedMotion: 'reduce' });
      try {
        if (isChromium) expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
        const element = await render(`<div style="width: 900px">${markup}</div>`);
        for (const node of [element, ...$$(element, '*')]) {
          const style = getComputedStyle(node);
          const moving = [style.transitionDuration, style.animationDuration].flatMap((durations) => durations.split(',')).some((d) => parseFloat(d) > 0);
          expect(moving && style.animationName + style.transitionProperty, node.localName).to.equal(false);
        }
      } finally {
        if (isChromium) await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
});

describe('target size', () => {
  for (const [width, markup] of [
    ...STATES,
    [300, `<career-picker src="${HEALTHCARE}" lang="es" selected="office-manager"></career-picker>`] as [number, string],
  ])
    it(`${titled(markup)} in ${width}px => every label of an input, button and call to action is at least 24×24 px`, async () => {
      const element: CareerElement = await render(`<div style="width: ${width}px">${markup}</div>`);
      const targets = $$(element, 'label, button, [part~="cta"]').filter(shown);
      expect(targets.length).to.be.at.least(1);
      for (const target of targets) {
        const { width: w, height: h } = target.getBoundingClientRect();
        expect(Math.min(w, h), `${target.localName} "${text(target)}"`).to.be.at.least(24);
        // A click on the label is a click on its input: the label is the target.
        if (target instanceof HTMLLabelElement) expect(target.control, text(target)).to.be.instanceOf(HTMLInputElement);
      }
    });
});
