import { expect } from '@open-wc/testing';
import { parseJson, validate } from '../../src/dataset/validate.js';

/** A small valid dataset; each case below breaks one thing in a copy of it. */
const valid = () => ({
  version: 1,
  title: 'Two paths',
  paths: [
    { id: 'management', name: 'Management', cta: { label: 'Apply', href: 'https://example.edu/apply' } },
    { id: 'administration', name: 'Administration' },
  ],
  criteria: [
    { id: 'focus', label: 'Focus', values: { management: 'Strategy', administration: ['Staff', 'Schedules'] } },
    { id: 'pay', label: 'Pay', value: '$1', source: { name: 'BLS', url: 'https://www.bls.gov/', date: '2023-05' } },
  ],
  interests: [{ id: 'strategy', label: 'Strategy' }],
  roles: [
    { id: 'director', title: 'Director', path: 'management', interests: ['strategy'], onet: '11-9111.00' },
    { id: 'office-manager', title: 'Office manager', path: 'administration', duties: ['Records'] },
  ],
  cta: { label: 'Contact us', href: '/contact' },
});

type Data = ReturnType<typeof valid> & Record<string, any>;

const cases: [name: string, change: (data: Data) => unknown, path: string, message: RegExp][] = [
  ['missing title', (d) => delete (d as any).title, 'title', /is required/],
  ['no paths', (d) => (d.paths = []), 'paths', /at least 1/],
  ['path without name', (d) => delete (d.paths[1] as any).name, 'paths[1].name', /is required/],
  ['title a number', (d) => ((d as any).title = 3), 'title', /should be text, not a number/],
  ['paths an object', (d) => ((d as any).paths = {}), 'paths', /should be a list, not an object/],
  ['duties not a list', (d) => ((d.roles[1] as any).duties = 'Records'), 'roles[1].duties', /should be a list/],
  ['value a number', (d) => ((d.criteria[1] as any).value = 5), 'criteria[1].value', /text or a list of texts/],
  ['list value with a number', (d) => ((d.criteria[0].values as any).administration = ['a', 2]), 'criteria[0].values.administration[1]', /should be text/],
  ['criterion with neither values nor value', (d) => delete (d.criteria[1] as any).value, 'criteria[1]', /needs "values" or "value"/],
  ['version 2', (d) => ((d as any).version = 2), 'version', /not a supported version/],
  ['newTab not a flag', (d) => ((d.cta as any).newTab = 'yes'), 'cta.newTab', /true or false/],
  ['duplicate path id', (d) => (d.paths[1].id = 'management'), 'paths[1].id', /"management" is used twice/],
  ['duplicate role id', (d) => (d.roles[1].id = 'director'), 'roles[1].id', /used twice/],
  ['id with capitals', (d) => (d.roles[0].id = 'Director'), 'roles[0].id', /not a valid id/],
  ['id with a space', (d) => (d.interests[0].id = 'a b'), 'interests[0].id', /not a valid id/],
  ['criterion named roles', (d) => (d.criteria[0].id = 'roles'), 'criteria[0].id', /reserved/],
  ['role of an unknown path', (d) => (d.roles[0].path = 'mgmt'), 'roles[0].path', /"mgmt" is not a path id/],
  ['unknown interest', (d) => (d.roles[0].interests = ['cooking']), 'roles[0].interests[0]', /"cooking" is not an interest id/],
  ['values for an unknown path', (d) => ((d.criteria[0].values as any).nursing = 'x'), 'criteria[0].values.nursing', /not a path id/],
  ['javascript: link', (d) => (d.cta.href = 'javascript:alert(1)'), 'cta.href', /not an allowed link/],
  ['JavaScript: with a tab and spaces', (d) => (d.paths[0].cta!.href = ' Java\tScript:alert(1)'), 'paths[0].cta.href', /not an allowed link/],
  ['data: link in a source', (d) => (d.criteria[1].source!.url = 'data:text/html,<b>x</b>'), 'criteria[1].source.url', /not an allowed link/],
  ['vbscript: link', (d) => ((d.roles[0] as any).cta = { label: 'x', href: 'vbscript:msgbox' }), 'roles[0].cta.href', /not an allowed link/],
  ['bad O*NET code', (d) => (d.roles[0].onet = '11-9111'), 'roles[0].onet', /O\*NET-SOC code/],
];

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

  for (const link of ['https://example.edu', 'http://x.org/a?b#c', 'mailto:info@example.edu', 'tel:+15555550100', '/apply', 'apply.html', '//example.edu/x', '#request', 'HTTPS://EXAMPLE.EDU']) {
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
