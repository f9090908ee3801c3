import { expect } from '@open-wc/testing';
import { rank } from '../../src/elements/rank.js';
import type { Dataset, Role } from '../../src/dataset/format.js';

type Case = [pathId: string | null, interests: string[], expected: string[]];

/** Each case as `role id (matched interest ids)`, so a failure shows both the order and the reasons. */
const shown = (roles: Role[], [pathId, interests]: Case) => rank(roles, pathId, interests).map(({ role, matched }) => `${role.id} (${matched.join(' ')})`);

describe('rank() on the healthcare dataset', () => {
  let roles: Role[];
  before(async () => {
    roles = ((await (await fetch('/data/healthcare-management-vs-administration.json')).json()) as Dataset).roles!;
  });

  const cases: Case[] = [
    [
      null,
      [],
      [
        'hospital-administrator ()',
        'executive-director ()',
        'social-welfare-administrator ()',
        'health-advocate ()',
        'practice-administrator ()',
        'clinical-director ()',
        'health-services-manager ()',
        'office-manager ()',
        'hospice-care-director ()',
        'medical-records-manager ()',
      ],
    ],
    [
      'administration',
      [],
      ['clinical-director ()', 'health-services-manager ()', 'office-manager ()', 'hospice-care-director ()', 'medical-records-manager ()'],
    ],
    [
      'management',
      ['strategy', 'finance'],
      [
        'executive-director (strategy finance)',
        'hospital-administrator (strategy)',
        'social-welfare-administrator (strategy)',
        'health-advocate (finance)',
        'practice-administrator (finance)',
      ],
    ],
    [
      'management',
      ['finance', 'strategy'],
      [
        'executive-director (finance strategy)',
        'hospital-administrator (strategy)',
        'social-welfare-administrator (strategy)',
        'health-advocate (finance)',
        'practice-administrator (finance)',
      ],
    ],
    [
      null,
      ['records'],
      [
        'health-advocate (records)',
        'office-manager (records)',
        'medical-records-manager (records)',
        'hospital-administrator ()',
        'executive-director ()',
        'social-welfare-administrator ()',
        'practice-administrator ()',
        'clinical-director ()',
        'health-services-manager ()',
        'hospice-care-director ()',
      ],
    ],
    [
      'administration',
      ['patients', 'leading', 'compliance'],
      [
        'clinical-director (leading compliance)',
        'hospice-care-director (patients leading)',
        'medical-records-manager (leading compliance)',
        'health-services-manager (patients)',
        'office-manager (patients)',
      ],
    ],
    [
      'administration',
      ['finance', 'scheduling'],
      ['clinical-director ()', 'health-services-manager ()', 'office-manager ()', 'hospice-care-director ()', 'medical-records-manager ()'],
    ],
  ];
  for (const c of cases)
    it(`should rank path ${c[0] ?? 'all'} with interests [${c[1].join(', ')}] as ${c[2].map((r) => r.split(' ')[0]).join(', ')}`, () => {
      expect(shown(roles, c)).to.deep.equal(c[2]);
    });
});

describe('rank() on crafted roles', () => {
  const role = (id: string, path: string, interests?: string[]): Role => ({ id, title: id, path, interests });
  const roles = [role('a', 'x', ['one']), role('b', 'x', ['one', 'two']), role('c', 'y', ['two']), role('d', 'x'), role('e', 'y', ['one', 'two', 'three'])];

  const cases: Case[] = [
    [null, [], ['a ()', 'b ()', 'c ()', 'd ()', 'e ()']],
    ['x', [], ['a ()', 'b ()', 'd ()']],
    [null, ['two'], ['b (two)', 'c (two)', 'e (two)', 'a ()', 'd ()']],
    [null, ['three', 'two', 'one'], ['e (three two one)', 'b (two one)', 'a (one)', 'c (two)', 'd ()']],
    ['y', ['one'], ['e (one)', 'c ()']],
    ['x', ['unknown'], ['a ()', 'b ()', 'd ()']],
    ['z', ['one'], []],
  ];
  for (const c of cases)
    it(`should rank path ${c[0] ?? 'all'} with interests [${c[1].join(', ')}] as [${c[2].join(', ')}]`, () => {
      expect(shown(roles, c)).to.deep.equal(c[2]);
    });

  it('should not reorder or change the roles it was given', () => {
    const copy = structuredClone(roles);
    rank(roles, null, ['two']);
    expect(roles).to.deep.equal(copy);
  });
});
