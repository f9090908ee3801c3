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

  it('should name the article and its date as the source', () => {
    expect(data.source!.date).to.equal('2024-11-04');
  });
});

describe('the healthcare figures', () => {
  let data: Dataset;
  const criterion = (id: string) => data.criteria!.find((found) => found.id === id)!;
  before(async () => {
    data = await (await fetch('/data/healthcare-management-vs-administration.json')).json();
  });

  it('should say, next to the pay, whose figure it is, what it is and the education BLS states', () => {
    const pay = criterion('pay');
    expect(pay.value).to.equal('$110,680 per year');
    expect(pay.note).to.include('medical and health services managers (SOC 11-9111)');
    expect(pay.note)
      .to.match(/median/i)
      .and.to.include('May 2023')
      .and.to.match(/national/i);
    expect(pay.note).to.include('bachelor’s degree');
    expect(pay.note).to.include('rather than every role listed here');
  });

  for (const id of ['pay', 'jobs', 'outlook'])
    it(`the ${id} row => no claim that it covers both fields, the occupation named, and the BLS edition as its source`, () => {
      const row = criterion(id);
      expect(row.label).not.to.include('both fields');
      expect(row.note).to.include('SOC 11-9111');
      expect(row.source!.name).to.equal('BLS Occupational Outlook Handbook, 2024–25 edition');
      expect(row.source!.date).to.equal('2024-08');
    });

  it('should leave out the background cell that did not answer its row', () => {
    expect(criterion('background').values).to.deep.equal({ management: 'People in these roles often come from business, healthcare or data analytics.' });
  });
});
