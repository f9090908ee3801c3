import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CareerCompare } from '../../src/elements/career-compare.js';
import type { CareerPicker } from '../../src/elements/career-picker.js';
import { $, $$, fivePaths, HEALTHCARE, json, render, text, violations } from '../helpers.js';
import '../../src/career-paths.js';

const FIVE = json(fivePaths);

/** Each state as markup in a container of a given width. */
const states: [string, number, string][] = [
  ['table, highlighted', 900, `<career-compare src="${HEALTHCARE}" highlight="management"></career-compare>`],
  ['stacked by width, highlighted', 300, `<career-compare src="${HEALTHCARE}" highlight="management"></career-compare>`],
  ['stacked by choice, wide', 900, `<career-compare src="${HEALTHCARE}" layout="stacked" highlight="administration" heading-level="3"></career-compare>`],
  ['table scrolling in a narrow container', 300, `<career-compare src="${HEALTHCARE}" layout="table" highlight="management"></career-compare>`],
  ['the reader choosing among five paths, stacked', 900, `<career-compare data='${FIVE}' highlight="therapy"></career-compare>`],
  ['the reader choosing among five paths, table', 900, `<career-compare data='${FIVE}' layout="table" paths="nursing pharmacy"></career-compare>`],
  ['Spanish', 900, `<career-compare src="${HEALTHCARE}" lang="es" highlight="management"></career-compare>`],
  ['Spanish, narrow', 300, `<career-compare data='${FIVE}' lang="es" highlight="nursing"></career-compare>`],
  ['malformed JSON', 900, `<career-compare data='{"version": 1,'></career-compare>`],
  ['a src that fails, with its retry button', 900, `<career-compare src="/status?code=503"></career-compare>`],
  ['initial', 900, `<career-picker src="${HEALTHCARE}"></career-picker>`],
  ['initial, narrow', 300, `<career-picker src="${HEALTHCARE}"></career-picker>`],
  [
    'filtered, a role opened',
    900,
    `<career-picker src="${HEALTHCARE}" path="management" interests="finance strategy" selected="hospital-administrator"></career-picker>`,
  ],
  ['empty result', 300, `<career-picker src="${HEALTHCARE}" path="administration" interests="patients"></career-picker>`],
  ['Spanish, a role opened', 900, `<career-picker src="${HEALTHCARE}" lang="es" selected="office-manager"></career-picker>`],
  ['invalid data', 900, `<career-picker data='{"version": 1, "title": "x", "paths": []}'></career-picker>`],
];

describe('axe-core: WCAG 2.2 A and AA, and best practices', () => {
  for (const [state, width, markup] of states)
    it(`${markup} in ${width}px (${state}) => no violation`, async () => {
      const element = await render(`<div style="width: ${width}px">${markup}</div>`);
      expect(await violations(element.parentElement!)).to.deep.equal([]);
    });

  describe('when the reader changes the choice', () => {
    it('<career-compare> with five paths, down to two => no violation, the last two cannot be unticked', async () => {
      const element = await render<CareerCompare>(`<div style="width: 900px"><career-compare data='${FIVE}'></career-compare></div>`);
      for (const box of $$<HTMLInputElement>(element, 'input').slice(2)) {
        box.focus();
        await sendKeys({ press: ' ' });
        await element.updateComplete;
      }
      expect($$<HTMLInputElement>(element, 'input:disabled')).to.have.length(2);
      expect(await violations(element.parentElement!)).to.deep.equal([]);
    });

    it('<career-picker> filtered with the keyboard, the status saying the count => no violation', async () => {
      const element = await render<CareerPicker>(`<div style="width: 900px"><career-picker src="${HEALTHCARE}"></career-picker></div>`);
      $<HTMLInputElement>(element, '[type="radio"]').focus();
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      $<HTMLInputElement>(element, '[type="checkbox"]').focus();
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(text($(element, '[role="status"]'))).to.match(/^\d+ roles? match/);
      expect(await violations(element.parentElement!)).to.deep.equal([]);
    });
  });
});
