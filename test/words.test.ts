import { expect, fixture } from '@open-wc/testing';
import '../src/career-paths.js';
import { en } from '../src/words/en.js';
import { languages } from '../src/words/index.js';
import { waitUntil } from './helpers.js';

/** Words that are the same in Spanish and English on purpose. */
const sameInBoth = new Set<string>(['O*NET-SOC']);

const placeholders = (word: string) => word.match(/\{\w+\}/g) ?? [];

describe('the built-in words', () => {
  for (const [lang, words] of Object.entries(languages)) {
    describe(`when the language is ${lang}`, () => {
      it('should have every key of the English words, and no other', () => {
        expect(Object.keys(words).sort()).to.deep.equal(Object.keys(en).sort());
      });

      for (const key of Object.keys(en) as (keyof typeof en)[])
        it(`should have a non-empty "${key}" with the placeholders of the English word`, () => {
          expect(words[key], key).to.be.a('string');
          expect(words[key].trim(), key).not.to.equal('');
          expect(placeholders(words[key]), key).to.deep.equal(placeholders(en[key]));
        });
    });
  }

  it('should translate every Spanish word (but a short list of names)', () => {
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter((key) => languages.es[key] === en[key] && !sameInBoth.has(en[key]));
    expect(untranslated).to.deep.equal([]);
  });
});

const dataset = JSON.stringify({ version: 1, title: 'Words', paths: [{ id: 'a', name: 'A' }], roles: [{ id: 'r', title: 'R', path: 'a' }] });

/** The question above the path choices: a built-in word the picker always shows. */
const pathQuestion = (element: Element) => element.shadowRoot?.querySelector('legend')?.textContent?.trim();

describe('the language of an element', () => {
  for (const [markup, lang] of [
    ['<career-picker lang="es">', 'es'],
    ['<div lang="es-MX"><career-picker>', 'es'],
    ['<div lang="es"><career-picker lang="en">', 'en'],
    ['<div lang="fr"><career-picker>', 'en'],
    ['<career-picker lang="constructor">', 'en'],
    ['<career-picker lang="__proto__">', 'en'],
  ] as const)
    it(`${markup} => should show the ${lang} words`, async () => {
      const holder = await fixture(`<div>${markup}</div>`);
      const element = holder.querySelector('career-picker')!;
      element.setAttribute('data', dataset);
      await waitUntil(() => pathQuestion(element), 'the picker should render');
      expect(pathQuestion(element)).to.equal(languages[lang].pathQuestion);
    });
});
