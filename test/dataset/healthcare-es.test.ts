import { expect } from '@open-wc/testing';
import { validate } from '../../src/dataset/validate.js';
import type { Dataset } from '../../src/dataset/format.js';

const fetchJson = async (url: string): Promise<Dataset> => (await fetch(url)).json();
const idsOf = (items: { id: string }[] = []) => items.map((item) => item.id);

describe('the Spanish healthcare dataset', () => {
  let es: Dataset;
  let en: Dataset;
  before(async () => {
    [es, en] = await Promise.all([
      fetchJson('/data/healthcare-management-vs-administration.es.json'),
      fetchJson('/data/healthcare-management-vs-administration.json'),
    ]);
  });

  it('should validate', () => {
    const result = validate(es);
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });

  it('should say it is in Spanish', () => {
    expect(es.lang).to.equal('es');
  });

  for (const list of ['paths', 'criteria', 'interests', 'roles'] as const)
    it(`should have the ids of the English ${list}, in the same order`, () => {
      expect(idsOf(es[list])).to.deep.equal(idsOf(en[list]));
    });

  it('should give each role the path and the interests it has in English', () => {
    const links = (data: Dataset) => data.roles!.map(({ path, interests, onet }) => ({ path, interests, onet }));
    expect(links(es)).to.deep.equal(links(en));
  });

  it('should have as many values, list items and duties as the English file', () => {
    const shape = (data: Dataset) => ({
      criteria: data.criteria!.map((c) => [
        c.source?.url,
        c.value === undefined,
        Object.entries(c.values ?? {}).map(([id, v]) => [id, Array.isArray(v) ? v.length : 'text']),
      ]),
      duties: data.roles!.map((role) => role.duties?.length),
      ctas: [...data.paths.map((path) => path.cta?.href), data.cta?.href],
    });
    expect(shape(es)).to.deep.equal(shape(en));
  });

  it('should be translated: no title, name, label or role title left as in English', () => {
    const texts = (data: Dataset) => [
      data.title,
      ...data.paths.map((path) => path.name),
      ...data.criteria!.map((criterion) => criterion.label),
      ...data.interests!.map((interest) => interest.label),
      ...data.roles!.map((role) => role.title),
    ];
    const english = new Set(texts(en));
    expect(texts(es).filter((text) => english.has(text))).to.deep.equal([]);
  });

  it('should give the figures the notes of the English file, in Spanish', () => {
    for (const id of ['pay', 'jobs', 'outlook']) {
      const [spanish, english] = [es, en].map((data) => data.criteria!.find((found) => found.id === id)!);
      expect(spanish.note, id).to.include('SOC 11-9111').and.not.equal(english.note);
      expect(spanish.source, id).to.deep.include({ url: english.source!.url, date: english.source!.date });
    }
    expect(es.criteria!.find((found) => found.id === 'pay')!.note).to.include('licenciatura');
  });

  // Words a US Hispanic student expects: hospice is "cuidados de hospicio" (palliative care is
  // broader), a practice is a "consultorio", a facility is one word throughout ("centro").
  const everyText = (data: Dataset) => JSON.stringify(data);
  for (const [word, instead] of [
    ['paliativ', 'cuidados de hospicio'],
    ['práctica médica', 'consultorio'],
    ['práctica de grupo', 'grupo médico'],
    ['institución', 'centro'],
    ['instituciones', 'centros'],
    ['instalaciones', 'centro'],
    ['Vigilar', 'Supervisar'],
    ['alturas distintas', 'distintos niveles'],
  ])
    it(`should say "${instead}", not "${word}"`, () => {
      expect(everyText(es)).not.to.include(word);
      expect(everyText(es)).to.include(instead);
    });
});
