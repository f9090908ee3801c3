import { expect } from '@open-wc/testing';
import { validate } from '../../src/dataset/validate.js';
import type { Dataset } from '../../src/dataset/format.js';

/** The roles the source article names, by field. */
const seedRoles = {
  management: ['Hospital administrator', 'Executive director', 'Social welfare administrator', 'Health advocate', 'Practice administrator'],
  administration: ['Clinical director', 'Health services manager', 'Office manager', 'Hospice care director', 'Medical records manager'],
};

describe('the healthcare dataset', () => {
  let data: Dataset;
  before(async () => {
    data = await (await fetch('/data/healthcare-management-vs-administration.json')).json();
  });

  it('should validate', () => {
    const result = validate(data);
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });

  for (const [path, titles] of Object.entries(seedRoles))
    for (const title of titles)
      it(`should have the role "${title}" in the ${path} path, with a summary and duties`, () => {
        const role = data.roles!.find((found) => found.title === title);
        expect(role, title).to.exist;
        expect(role!.path).to.equal(path);
        expect(role!.summary).to.be.a('string').and.not.empty;
        expect(role!.duties).to.be.an('array').and.not.empty;
      });

  it('should list all seven management responsibilities and all six administration duties', () => {
    const values = data.criteria!.find((criterion) => criterion.id === 'responsibilities')!.values!;
    expect(values.management).to.have.length(7);
    expect(values.administration).to.have.length(6);
  });

  it("should name the article and its date as the source", () => {
    expect(data.source!.date).to.equal('2024-11-04');
  });
});
