/** The validator's table of cases: a valid dataset, and one change that breaks it per case. */

/**
 * The tests' one small valid dataset, using every field of the format once; each case below
 * breaks one thing in a copy of it.
 */
export const valid = () => ({
  version: 1,
  title: 'Two paths',
  intro: 'Intro',
  lang: 'en',
  paths: [
    { id: 'management', name: 'Management', summary: 'Lead', badge: 'Ours', cta: { label: 'Apply', href: 'https://example.edu/apply', newTab: true } },
    { id: 'administration', name: 'Administration' },
  ],
  criteria: [
    { id: 'focus', label: 'Focus', values: { management: 'Strategy', administration: ['Staff', 'Schedules'] } },
    { id: 'pay', label: 'Pay', value: '$1', note: 'Median, one occupation', source: { name: 'BLS', url: 'https://www.bls.gov/', date: '2023-05' } },
  ],
  interests: [{ id: 'strategy', label: 'Strategy' }],
  roles: [
    {
      id: 'director',
      title: 'Director',
      path: 'management',
      summary: 'Runs it',
      duties: ['Plan'],
      interests: ['strategy'],
      onet: '11-9111.00',
      cta: { label: 'Ask', href: '/ask' },
    },
    { id: 'office-manager', title: 'Office manager', path: 'administration', duties: ['Records'] },
  ],
  cta: { label: 'Contact us', href: '/contact' },
  source: { name: 'Article', url: '/article' },
  strings: { badge: 'Our own' },
});

export type Data = ReturnType<typeof valid> & Record<string, any>;

export const cases: [name: string, change: (data: Data) => unknown, path: string, message: RegExp][] = [
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
  ['javascript: with a newline', (d) => (d.cta.href = 'java\nscript:alert(1)'), 'cta.href', /not an allowed link/],
  ['javascript: after a control character', (d) => (d.cta.href = '\u0001javascript:alert(1)'), 'cta.href', /not an allowed link/],
  ['javascript: with a carriage return in the colon', (d) => (d.cta.href = 'javascript\r:alert(1)'), 'cta.href', /not an allowed link/],
  ['empty title', (d) => (d.title = ''), 'title', /should not be empty/],
  ['empty path name', (d) => (d.paths[0].name = ''), 'paths[0].name', /should not be empty/],
  ['blank criterion label', (d) => (d.criteria[0].label = ' \t'), 'criteria[0].label', /should not be empty/],
  ['empty role title', (d) => (d.roles[1].title = ''), 'roles[1].title', /should not be empty/],
  ['empty interest label', (d) => (d.interests[0].label = ''), 'interests[0].label', /should not be empty/],
  ['empty call-to-action label', (d) => (d.cta.label = ''), 'cta.label', /should not be empty/],
  ['empty source name', (d) => (d.criteria[1].source!.name = '\u00a0'), 'criteria[1].source.name', /should not be empty/],
];

/**
 * The cases a JSON Schema cannot express: they name another part of the dataset (an id that must
 * exist, an id that must be unique). `data/schema.json` says so in its descriptions only.
 */
export const crossReferences = ['duplicate path id', 'duplicate role id', 'role of an unknown path', 'unknown interest', 'values for an unknown path'];

/** Links the format allows: http(s), mailto, tel and relative ones, as a browser reads them. */
export const allowedLinks = [
  'https://example.edu',
  'http://x.org/a?b#c',
  'mailto:info@example.edu',
  'tel:+15555550100',
  '/apply',
  'apply.html',
  '//example.edu/x',
  '#request',
  'HTTPS://EXAMPLE.EDU',
  ' https://example.edu',
  'ht\ttps://example.edu',
  // A no-break space is not trimmed: this is a relative URL, not a javascript: one.
  '\u00a0javascript:x',
  'java script:x',
];
