import { expect } from '@open-wc/testing';
import { $, $$, HEALTHCARE_ES, json, ownText, render, text, twoPaths, violations } from '../helpers.js';
import '../../src/career-paths.js';

const arabic = json({ ...twoPaths, lang: 'ar', title: 'التمريض أو الصيدلة' });

describe("the dataset's language", () => {
  it('<div lang="en"><career-compare src="….es.json"> => Spanish built-in words, and the content marked lang="es"', async () => {
    const element = await render(`<div lang="en"><career-compare src="${HEALTHCARE_ES}" layout="table"></career-compare></div>`);
    const rowHeaders = $$(element, 'tbody th[scope="row"]');
    expect(ownText(rowHeaders[rowHeaders.length - 1])).to.equal('Puestos típicos');
    expect(text($(element, 'tbody small'))).to.match(/^Fuente: /);
    expect($(element, 'table').matches(':lang(es)')).to.equal(true);
    expect($(element, 'table').closest('[lang]')!.getAttribute('lang')).to.equal('es');
    expect(await violations(element.parentElement!)).to.deep.equal([]);
  });

  it('<div lang="en"><career-picker src="….es.json"> => Spanish built-in words, and the content marked lang="es"', async () => {
    const element = await render(`<div lang="en"><career-picker src="${HEALTHCARE_ES}"></career-picker></div>`);
    expect(text($(element, 'legend'))).to.equal('¿Qué trayectoria te interesa?');
    expect($(element, 'fieldset').matches(':lang(es)')).to.equal(true);
  });

  it('<career-compare src="….es.json"> on a page without lang => Spanish words, the content marked lang="es"', async () => {
    const holder = document.documentElement;
    const lang = holder.getAttribute('lang');
    holder.removeAttribute('lang');
    try {
      const element = await render(`<career-compare src="${HEALTHCARE_ES}" layout="table"></career-compare>`);
      expect(text($(element, 'tbody small'))).to.match(/^Fuente: /);
      expect($(element, 'table').closest('[lang]')!.getAttribute('lang')).to.equal('es');
    } finally {
      if (lang !== null) holder.setAttribute('lang', lang);
    }
  });

  it('<div lang="es"><career-compare src="….es.json"> => no lang of its own: the page already says Spanish', async () => {
    const element = await render(`<div lang="es-US"><career-compare src="${HEALTHCARE_ES}" layout="table"></career-compare></div>`);
    expect($(element, '[lang]')).to.equal(null);
    expect(text($(element, 'tbody small'))).to.match(/^Fuente: /);
  });

  it('<div lang="es"><career-compare lang="en" src="….es.json"> => the element\'s own lang wins for the built-in words', async () => {
    const element = await render(`<div lang="es"><career-compare lang="en" src="${HEALTHCARE_ES}" layout="table"></career-compare></div>`);
    expect(text($(element, 'tbody small'))).to.match(/^Source: /);
  });

  it('<div lang="en"><career-compare data="{lang: ar}"> => the content marked lang="ar" dir="rtl"', async () => {
    const element = await render(`<div lang="en"><career-compare data='${arabic}' layout="table"></career-compare></div>`);
    const marked = $(element, 'table').closest('[lang]')!;
    expect([marked.getAttribute('lang'), marked.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect(getComputedStyle($(element, 'table')).direction).to.equal('rtl');
  });
});
