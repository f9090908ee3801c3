import { expect } from '@open-wc/testing';
import '../../src/career-paths.js';
import { deepElements, errorOf } from './watch.js';
import { waitUntil } from '../helpers.js';

/**
 * Rules a school's theme may well have: Bootstrap, resets that undo native controls, and
 * inherited text properties set on the body. Only font, colour and line height are meant to
 * reach inside the widgets.
 */
const HOSTILE = `
  * { box-sizing: content-box; }
  table { display: block; }
  th, td { display: inline; padding: 40px; border: 5px dotted red; }
  caption { display: none; }
  button { all: unset; }
  input { all: unset; }
  a { color: red !important; text-decoration: line-through !important; }
  ul, ol { list-style: none; padding: 0; }
  li { display: inline; }
  fieldset, legend { display: none; }
  p, h2, h3 { margin: 0 !important; display: inline; }
  [part], [role] { display: none !important; }
  body {
    font-family: Georgia, serif;
    line-height: 2.5;
    text-align: center;
    text-transform: uppercase;
    text-indent: 3em;
    letter-spacing: 0.3em;
    word-spacing: 1em;
    white-space: nowrap;
    text-shadow: 2px 2px red;
    border-collapse: separate;
    border-spacing: 9px;
    caption-side: bottom;
    list-style: square inside;
    font-style: italic;
  }
`;

const data = JSON.stringify({
  version: 1,
  title: 'Hostile',
  paths: [
    { id: 'management', name: 'Management', cta: { label: 'Apply', href: '/apply' } },
    { id: 'administration', name: 'Administration', cta: { label: 'Apply', href: '/apply' } },
  ],
  criteria: [{ id: 'duties', label: 'Duties', values: { management: ['Plan', 'Lead'], administration: ['Run'] } }],
  interests: [{ id: 'people', label: 'People' }],
  roles: [{ id: 'director', title: 'Director', path: 'management', duties: ['Plan'], interests: ['people'] }],
});

const style = (element: Element) => getComputedStyle(element);

describe('on a page with hostile global CSS', () => {
  let compare: HTMLElement;
  let picker: HTMLElement;
  let broken: HTMLElement;
  const added: Element[] = [];

  before(async () => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/node_modules/bootstrap/dist/css/bootstrap.min.css' });
    const loaded = new Promise((resolve) => (link.onload = resolve));
    const rules = Object.assign(document.createElement('style'), { textContent: HOSTILE });
    document.head.append(link, rules);
    added.push(link, rules);
    await loaded;
    // Not a fixture: fixtures are removed after each test, and these serve them all.
    const holder = document.createElement('div');
    holder.style.width = '760px';
    holder.innerHTML = `
      <career-compare layout="table" highlight="management" data='${data}'></career-compare>
      <career-picker selected="director" data='${data}'></career-picker>
      <career-picker src="/status?code=503"></career-picker>`;
    document.body.append(holder);
    added.push(holder);
    [compare, picker, broken] = [...holder.children] as HTMLElement[];
    await waitUntil(() => compare.shadowRoot?.querySelector('table') && picker.shadowRoot?.querySelector('[part~="role-details"]') && errorOf(broken));
  });

  after(() => added.forEach((element) => element.remove()));

  it('<career-compare layout="table"> => a real table, with its caption (shown or not, never display: none), cells and borders', () => {
    const root = compare.shadowRoot!;
    expect(style(root.querySelector('table')!).display).to.equal('table');
    expect(style(root.querySelector('table')!).borderCollapse).to.equal('collapse');
    expect(style(root.querySelector('caption')!).display).not.to.equal('none');
    expect(style(root.querySelector('caption')!).captionSide).to.equal('top');
    for (const cell of root.querySelectorAll('th, td')) {
      expect(style(cell).display).to.equal('table-cell');
      expect(style(cell).borderTopStyle).not.to.equal('dotted');
    }
    for (const cell of root.querySelectorAll('[part~="cell"]')) expect(style(cell).textAlign).to.be.oneOf(['start', 'left']);
  });

  it('should keep lists as lists', () => {
    for (const list of [compare, picker].flatMap((element) => deepElements(element.shadowRoot!)).filter((node) => node.localName === 'ul')) {
      if (list.matches('[part~="results"], [part~="results"] *')) continue; // a list of choices may drop its markers
      expect(style(list).listStyleType, list.outerHTML.slice(0, 80)).to.equal('disc');
      expect(style(list).listStylePosition).to.equal('outside');
    }
  });

  it('should keep the radio buttons and checkboxes native and visible', () => {
    const inputs = deepElements(picker.shadowRoot!).filter((node): node is HTMLInputElement => node.localName === 'input');
    expect(inputs.length).to.be.greaterThan(0);
    for (const input of inputs) {
      expect(style(input).appearance, input.type).not.to.equal('none');
      const box = input.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(8);
      expect(box.height).to.be.greaterThan(8);
    }
  });

  it('should keep every button a visible box of at least 24×24 px', () => {
    const buttons = [compare, picker, broken].flatMap((element) => deepElements(element.shadowRoot!)).filter((node) => node.localName === 'button');
    expect(buttons.length).to.be.greaterThan(0);
    for (const button of buttons) {
      const box = button.getBoundingClientRect();
      const label = (button.textContent ?? '').trim();
      expect(box.width, label).to.be.at.least(24);
      expect(box.height, label).to.be.at.least(24);
      expect(style(button).display, label).not.to.equal('inline');
    }
  });

  it('should keep the links in the widget colours, not the page’s !important red', () => {
    for (const link of compare.shadowRoot!.querySelectorAll('a')) {
      expect(style(link).color).not.to.equal('rgb(255, 0, 0)');
      expect(style(link).textDecorationLine).not.to.include('line-through');
    }
  });

  it('should show every part, whatever the page does to [part] and [role]', () => {
    for (const element of [compare, picker, broken])
      for (const part of element.shadowRoot!.querySelectorAll('[part], [role]')) expect(style(part).display, part.localName).not.to.equal('none');
  });

  it('should let only font and line height come through from the page', () => {
    const body = style(document.body);
    for (const element of [compare, picker]) {
      // Form controls keep the system font; a visually hidden text (a 1px box) sets its own white-space.
      const shown = (node: Element) => node.getBoundingClientRect().width > 1;
      for (const node of deepElements(element.shadowRoot!).filter((node) => !node.matches('style, slot, input') && shown(node))) {
        const css = style(node);
        expect(css.fontFamily, node.localName).to.equal(body.fontFamily);
        expect(css.textTransform, node.localName).to.equal('none');
        expect(css.letterSpacing, node.localName).to.equal('normal');
        expect(css.wordSpacing, node.localName).to.equal('0px');
        expect(css.textIndent, node.localName).to.equal('0px');
        expect(css.whiteSpace, node.localName).to.equal('normal');
        expect(css.textShadow, node.localName).to.equal('none');
      }
      expect(style(element).lineHeight).to.equal(body.lineHeight);
    }
  });

  it('should keep the layout inside the widget (border-box sizing)', () => {
    for (const node of [compare, picker].flatMap((element) => deepElements(element.shadowRoot!)))
      expect(style(node).boxSizing, node.localName).to.equal('border-box');
  });
});
