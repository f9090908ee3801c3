import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/dataset/format.js';
import { addItem, fieldOf, fromLines, removeItem, setIn, setItemId, setItemName, slug } from '../../src/builder/fields.js';
import { readSheet } from '../../src/builder/spreadsheet.js';

const dataset: Dataset = {
  version: 1,
  title: 'Two paths',
  paths: [
    { id: 'management', name: 'Management' },
    { id: 'administration', name: 'Administration' },
  ],
  criteria: [{ id: 'focus', label: 'Focus', values: { management: 'All', administration: 'One' } }],
  interests: [{ id: 'people', label: 'People' }],
  roles: [
    { id: 'director', title: 'Director', path: 'management', interests: ['people'] },
    { id: 'office', title: 'Office manager', path: 'administration', interests: ['people'] },
  ],
};

describe('fieldOf()', () => {
  const cases: [issue: string, field: string][] = [
    ['title', 'title'],
    ['roles[1].title', 'roles[1].title'],
    ['roles[1].duties[2]', 'roles[1].duties'],
    ['roles[0].interests[0]', 'roles[0].interests'],
    ['criteria[0].values.management[1]', 'criteria[0].values.management'],
    ['criteria[0].values.surgery', 'criteria[0]'],
    ['criteria[0]', 'criteria[0]'],
    ['paths[1].cta.href', 'paths[1].cta.href'],
    ['cta.label', 'cta.label'],
    ['paths', 'paths'],
    ['strings.matches', ''],
    ['', ''],
  ];
  for (const [issue, field] of cases)
    it(`an issue at ${JSON.stringify(issue)} => shows at ${JSON.stringify(field)}`, () => {
      expect(fieldOf(issue, dataset)).to.equal(field);
    });
});

describe('the edits', () => {
  it('setIn() should copy only the path it changes, and drop a call to action left empty', () => {
    const next = setIn(dataset, ['roles', 0, 'title'], 'Chief');
    expect(next.roles![0].title).to.equal('Chief');
    expect(next.roles![1]).to.equal(dataset.roles![1]);
    expect(next.paths).to.equal(dataset.paths);
    expect(dataset.roles![0].title).to.equal('Director');
    const linked = setIn(dataset, ['cta', 'label'], 'Apply');
    expect(setIn(linked, ['cta', 'label'], undefined)).not.to.have.property('cta');
  });

  it('setItemName() should make the id of a new item follow its name, and leave an id typed by hand', () => {
    const added = addItem(dataset, 'paths');
    expect(added.paths[2].id).to.equal('path-3');
    const named = setItemName(setItemName(added, 'paths', 2, 'N'), 'paths', 2, 'Nursing Care');
    expect(named.paths[2]).to.deep.equal({ id: 'nursing-care', name: 'Nursing Care' });
    const typed = setItemId(named, 'paths', 2, 'rn');
    expect(setItemName(typed, 'paths', 2, 'Nursing').paths[2]).to.deep.equal({ id: 'rn', name: 'Nursing' });
    const healthcare = { ...dataset, paths: [{ id: 'management', name: 'Healthcare Management' }] };
    expect(setItemName(healthcare, 'paths', 0, 'Health Management').paths[0].id).to.equal('management');
  });

  it('setItemId() should follow a path id into the criteria and roles, and an interest id into the roles', () => {
    const next = setItemId(setItemId(dataset, 'paths', 1, 'admin'), 'interests', 0, 'working-with-people');
    expect(Object.keys(next.criteria![0].values!)).to.deep.equal(['management', 'admin']);
    expect(next.roles!.map((role) => role.path)).to.deep.equal(['management', 'admin']);
    expect(next.roles![1].interests).to.deep.equal(['working-with-people']);
  });

  it('removeItem() should move the roles of a removed path, or remove them with it', () => {
    const moved = removeItem(dataset, 'paths', 1, 'management');
    expect(moved.roles!.map((role) => role.path)).to.deep.equal(['management', 'management']);
    expect(moved.criteria![0].values).to.deep.equal({ management: 'All' });
    expect(removeItem(dataset, 'paths', 1).roles!.map((role) => role.id)).to.deep.equal(['director']);
    expect(removeItem(dataset, 'interests', 0).roles!.map((role) => role.interests)).to.deep.equal([[], []]);
  });

  for (const [name, id] of [
    ['Medical Assisting', 'medical-assisting'],
    ['Enfermería / Obstetricia', 'enfermeria-obstetricia'],
    ['  --R.N.--  ', 'r-n'],
    ['¿?', ''],
  ])
    it(`slug(${JSON.stringify(name)}) => ${JSON.stringify(id)}`, () => {
      expect(slug(name)).to.equal(id);
    });

  for (const [lines, value] of [
    ['One line', 'One line'],
    ['First\n\n  Second \n', ['First', 'Second']],
    ['', ''],
  ] as const)
    it(`fromLines(${JSON.stringify(lines)}) => ${JSON.stringify(value)}`, () => {
      expect(fromLines(lines)).to.deep.equal(value);
    });
});

describe('readSheet()', () => {
  it('should read semicolon-separated cells, as Excel saves CSV where the decimal mark is a comma', () => {
    const result = readSheet('type;name;text\npath;Nursing;"Care; and more"\n', dataset);
    expect(result).to.deep.equal({
      ok: true,
      dataset: { version: 1, title: 'Two paths', paths: [{ id: 'nursing', name: 'Nursing', summary: 'Care; and more' }] },
    });
  });

  it('should name the row and column of an unknown column and of an empty name', () => {
    const result = readSheet('type,name,sumary\npath,,x\n', dataset);
    expect(result).to.deep.equal({
      ok: false,
      problems: [
        'Row 1, column C ("sumary"): not a known column. The columns are: type, id, name, path, text, duties, interests, badge, onet, link text, link, source, source link, source date.',
      ],
    });
    const empty = readSheet('type,name,path\npath,Nursing\nrole,,Nursing\n', dataset);
    expect(empty.ok || empty.problems).to.include('Row 3, column B ("name"): is empty');
  });
});
