import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $$, fivePaths, HEALTHCARE, isWebKit, json, render, shown } from '../helpers.js';
import '../../src/career-paths.js';

const FIVE = json(fivePaths);

const STATES = [
  `<career-compare src="${HEALTHCARE}" highlight="management"></career-compare>`,
  `<career-compare src="${HEALTHCARE}" layout="table" highlight="management"></career-compare>`,
  `<career-compare data='${FIVE}' highlight="radiology" lang="es"></career-compare>`,
  `<career-picker src="${HEALTHCARE}" interests="records" selected="health-services-manager"></career-picker>`,
  `<career-picker src="${HEALTHCARE}" path="administration" interests="finance" lang="es"></career-picker>`,
  `<career-picker data='{"version": 1, "title": "No paths", "paths": []}'></career-picker>`,
];
const titled = (markup: string) => markup.replace(/data='.*'/, "data='…'");

/** WCAG 1.4.12: the text spacing a reader may set, applied inside the shadow root. */
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

function spaceOut(element: Element) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  element.shadowRoot!.adoptedStyleSheets = [...element.shadowRoot!.adoptedStyleSheets, sheet];
}

/**
 * What overflows or is cut off in the element: boxes wider than they are laid out (outside the
 * table's scrolling region, which is meant to scroll), and boxes that clip their content. The
 * visually hidden caption is clipped on purpose: it is read, not seen.
 */
function problems(element: HTMLElement) {
  const found: string[] = [];
  if (element.scrollWidth > element.clientWidth) found.push(`the element: ${element.scrollWidth} > ${element.clientWidth}`);
  for (const node of $$(element, '*').filter(shown)) {
    if (node.matches('.sr-only') || node.closest('.sr-only')) continue;
    const style = getComputedStyle(node);
    const name = `${node.localName}${node.className ? '.' + node.className : ''} "${(node.textContent ?? '').trim().slice(0, 30)}"`;
    const scrolls = node.matches('[role="region"]');
    if (!scrolls && !node.parentElement?.closest('[role="region"]') && style.display !== 'inline' && node.scrollWidth > node.clientWidth + 1)
      found.push(`${name} is wider than its box: ${node.scrollWidth} > ${node.clientWidth}`);
    if (style.overflowY !== 'visible' && node.scrollHeight > node.clientHeight + 1)
      found.push(`${name} cuts off its content: ${node.scrollHeight} > ${node.clientHeight}`);
    if (!scrolls && style.overflowX !== 'visible' && node.scrollWidth > node.clientWidth + 1) found.push(`${name} cuts off its content sideways`);
    if (style.textOverflow === 'ellipsis' || (style.webkitLineClamp !== 'none' && style.webkitLineClamp)) found.push(`${name} truncates its text`);
  }
  return found;
}

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  for (const markup of STATES)
    it(`${titled(markup)} in a 320px container => nothing overflows or is cut off, except the table's own scrolling region`, async () => {
      const element = await render(`<div style="width: 320px">${markup}</div>`);
      expect(problems(element)).to.deep.equal([]);
      for (const node of $$(element, '*').filter(shown))
        if (!node.closest('[role="region"]') && !node.matches('.sr-only'))
          expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(element.getBoundingClientRect().right + 1);
    });

  for (const markup of STATES)
    it(`${titled(markup)} in a 320×640 viewport => the page does not scroll sideways`, async function () {
      // WebKit cannot resize its window here (CONTRIBUTING.md); the container test above covers it.
      if (isWebKit) this.skip();
      await setViewport({ width: 320, height: 640 });
      try {
        const element = await render(markup);
        expect(innerWidth).to.equal(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(problems(element)).to.deep.equal([]);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
});

describe('text spacing (WCAG 1.4.12)', () => {
  for (const width of [320, 900])
    for (const markup of STATES)
      it(`${titled(markup)} in ${width}px with the reader's text spacing => no text cut off or overflowing`, async () => {
        const element = await render(`<div style="width: ${width}px">${markup}</div>`);
        spaceOut(element);
        await new Promise(requestAnimationFrame);
        await element.updateComplete;
        expect(getComputedStyle(element.shadowRoot!.querySelector('[part]')!).letterSpacing).to.not.equal('normal');
        expect(problems(element)).to.deep.equal([]);
      });
});
