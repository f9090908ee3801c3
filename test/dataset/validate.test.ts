import { expect } from '@open-wc/testing';
import { parseJson, validate } from '../../src/dataset/validate.js';
import { warnings } from '../../src/dataset/warnings.js';
import { allowedLinks, cases, valid, type Data } from './cases.js';

describe('validate()', () => {
  it('should accept a valid dataset', () => {
    expect(validate(valid())).to.deep.include({ ok: true });
  });

  for (const [name, change, path, message] of cases) {
    it(`should report ${name} at ${path}`, () => {
      const data = valid() as Data;
      change(data);
      const result = validate(data);
      expect(result.ok).to.equal(false);
      const issues = result.ok ? [] : result.issues;
      const issue = issues.find((found) => found.path === path);
      expect(issue, JSON.stringify(issues)).to.exist;
      expect(issue!.message).to.match(message);
    });
  }

  it('should report every issue, not only the first', () => {
    const data = valid() as Data;
    data.roles[0].path = 'x';
    data.roles[1].path = 'y';
    (data as any).title = null;
    const result = validate(data);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).to.have.members(['title', 'roles[0].path', 'roles[1].path']);
  });

  for (const link of allowedLinks) {
    it(`should allow the link ${link}`, () => {
      const data = valid() as Data;
      data.cta.href = link;
      expect(validate(data).ok).to.equal(true);
    });
  }

  for (const value of [null, undefined, 0, 'text', [], true]) {
    it(`should report, not throw, for ${JSON.stringify(value)}`, () => {
      const result = validate(value);
      expect(result.ok).to.equal(false);
      expect(result.ok ? [] : result.issues[0].path).to.equal('');
    });
  }

  it('should ignore unknown fields', () => {
    expect(validate({ ...valid(), color: 'blue', paths: [{ id: 'a', name: 'A', extra: 1 }], roles: [], criteria: [] }).ok).to.equal(true);
  });
});

describe('parseJson()', () => {
  it('should parse JSON text', () => {
    expect(parseJson('{"a":[1]}')).to.deep.equal({ ok: true, value: { a: [1] } });
  });

  it('should report malformed JSON as an issue', () => {
    const result = parseJson('{"title": "x",}');
    expect(result.ok).to.equal(false);
    expect(result.ok ? '' : result.issue.message).to.match(/malformed/i);
  });
});

describe('warnings() on old sources', () => {
  const withDate = (date: string) => {
    const data = valid() as Data;
    data.criteria[1].source!.date = date;
    return data;
  };
  const cases: [date: string, today: string, warned: boolean][] = [
    ['2023-05', '2026-05-31', false],
    ['2023-05', '2026-06-02', true],
    ['2023', '2026-12-31', false],
    ['2023', '2027-01-02', true],
    ['2023-05-10', '2026-05-11', false],
    ['2023-05-10', '2026-05-12', true],
    ['May 2023', '2030-01-01', false],
  ];
  for (const [date, today, warned] of cases)
    it(`a source dated "${date}", validated on ${today} => ${warned ? 'a warning' : 'no warning'}, and still valid`, () => {
      const data = withDate(date);
      expect(validate(data).ok).to.equal(true);
      const found = warnings(data, new Date(today));
      expect(found.map((warning) => warning.path)).to.deep.equal(warned ? ['criteria[1].source.date'] : []);
      if (warned) expect(found[0].message).to.match(/more than 3 years ago/);
    });

  it('should give the warnings of an invalid dataset too, beside its issues', () => {
    const data = withDate('2001');
    data.title = '';
    expect(validate(data).ok).to.equal(false);
    expect(warnings(data, new Date('2026-01-01')).map((warning) => warning.path)).to.deep.equal(['criteria[1].source.date']);
  });

  it("should warn about the dataset's own source as well", () => {
    const data = { ...valid(), source: { name: 'Article', date: '2019-03-01' } };
    expect(warnings(data, new Date('2026-01-01')).map((warning) => warning.path)).to.deep.equal(['source.date']);
  });
});
