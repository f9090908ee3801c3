import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/dataset/format.js';
import { validate } from '../../src/dataset/validate.js';
import { fieldOf } from '../../src/editor/fields.js';
import { embedPageProblem, languageCode, linkSuggestion, plainProblem } from '../../src/editor/plain.js';

const good: Dataset = {
  version: 1,
  title: 'Two paths',
  paths: [
    { id: 'nursing', name: 'Nursing (ADN)' },
    { id: 'assisting', name: 'Medical Assisting' },
  ],
  interests: [{ id: 'people', label: 'People' }],
  roles: [{ id: 'rn', title: 'Registered nurse', path: 'nursing', interests: ['people'] }],
};

/** The plain words for the one problem of `data`, as the field that shows it says them. */
function said(data: unknown) {
  const result = validate(data);
  if (result.ok) throw new Error('no problem');
  return result.issues.map((issue) => plainProblem(issue, fieldOf(issue.path, data as Dataset), data as Dataset));
}

describe('the editor says problems in plain words', () => {
  const cases: [what: string, data: unknown, words: string[]][] = [
    ['a blank dataset', { version: 1, title: '', paths: [] }, ['Give the comparison a title', 'Add at least one path']],
    ['a path without a name', { ...good, paths: [{ id: 'nursing', name: ' ' }, good.paths[1]] }, ['Give the path a name']],
    [
      'an id with capitals',
      { ...good, paths: [{ id: 'Our Program', name: 'Ours' }, good.paths[1]] },
      ['Use only lowercase letters, digits and "-" in an id, such as "our-program"', '"nursing" is not one of the paths: choose "Ours" or "Medical Assisting"'],
    ],
    ['an id used twice', { ...good, paths: [good.paths[0], { id: 'nursing', name: 'Again' }] }, ['Another path has the id "nursing": give each its own']],
    [
      'a role on no path',
      { ...good, roles: [{ id: 'rn', title: 'RN', path: 'nowhere' }] },
      ['"nowhere" is not one of the paths: choose "Nursing (ADN)" or "Medical Assisting"'],
    ],
    [
      'a javascript: link',
      { ...good, cta: { label: 'Go', href: 'javascript:alert(1)' } },
      ['This link cannot be used: start it with https://, or give a page of your site (/apply), mailto: or tel:'],
    ],
    ['a flag that holds text', { ...good, cta: { label: 'Go', href: '/go', newTab: 'yes' } }, ['Tick or clear this box: it holds text instead']],
    ['an O*NET code cut short', { ...good, roles: [{ ...good.roles![0], onet: '11-91' }] }, ['Write the O*NET code as in 29-1141.00, or leave it empty']],
    ['a criterion without values', { ...good, criteria: [{ id: 'pay', label: 'Pay' }] }, ['Give this criterion a value for each path, or one for every path']],
  ];
  for (const [what, data, words] of cases)
    it(`${what} => ${words.join(' / ')}`, () => {
      expect(said(data)).to.deep.equal(words);
    });

  it('never says the validator\'s "should have at least 1 item" or "should not be empty"', () => {
    expect(said({ version: 1, title: '', paths: [] }).join(' ')).not.to.match(/should/);
  });
});

describe('the editor checks what is typed', () => {
  const links: [typed: string, meant: string | undefined][] = [
    ['www.riverbend.edu/nursing', 'https://www.riverbend.edu/nursing'],
    ['riverbend.edu', 'https://riverbend.edu'],
    ['https://www.riverbend.edu/nursing', undefined],
    ['/apply', undefined],
    ['apply.html', undefined],
    ['mailto:admissions@riverbend.edu', undefined],
    ['tel:+15551234567', undefined],
  ];
  for (const [typed, meant] of links)
    it(`a link "${typed}" => ${meant ? `"Did you mean ${meant}?"` : 'taken as it is'}`, () => {
      expect(linkSuggestion(typed)).to.equal(meant);
    });

  const codes: [typed: string, code: string | undefined, suggestion?: string][] = [
    ['es', 'es'],
    ['pt-br', 'pt-BR'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['English', undefined, 'en'],
    ['español', undefined, 'es'],
    ['englishes', undefined],
    ['e', undefined],
    ['en_US', undefined],
  ];
  for (const [typed, code, suggestion] of codes)
    it(`a language code "${typed}" => ${code ?? `refused${suggestion ? `, with ${suggestion} suggested` : ''}`}`, () => {
      const made = languageCode(typed);
      if (code) expect(made).to.deep.equal({ code });
      else {
        expect(made).to.have.property('problem');
        expect((made as { suggestion?: string }).suggestion).to.equal(suggestion);
      }
    });

  const origin = 'https://careers.example.edu';
  const pages: [typed: string, taken: boolean][] = [
    ['https://www.riverbend.edu/embed.html', true],
    ['/career-paths/embed.html', true],
    ['https://careers.example.edu/embed.html', true],
    ['http://www.riverbend.edu/embed.html', false],
    ['C:\\Users\\me\\embed.html', false],
    ['file:///C:/Users/me/embed.html', false],
    ['\\\\server\\share\\embed.html', false],
    ['javascript:alert(1)', false],
  ];
  for (const [typed, taken] of pages)
    it(`the embed page at "${typed}" => ${taken ? 'taken' : 'refused'}`, () => {
      expect(embedPageProblem(typed, origin) === '').to.equal(taken);
    });
});
