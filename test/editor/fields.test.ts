import { expect } from '@open-wc/testing';
import type { Criterion, Dataset } from '../../src/dataset/format.js';
import { addItem, fieldOf, fromLines, removeItem, setIn, setItemId, setItemName, slug } from '../../src/editor/fields.js';
import { COLUMNS, readSheet, TEMPLATE, toCsv } from '../../src/editor/spreadsheet.js';
import { validate } from '../../src/dataset/validate.js';

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
    ['roles[0].cta.newTab', 'roles[0].cta.newTab'],
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

describe('a path with the id "__proto__"', () => {
  const data = { version: 1, title: 'T', paths: [{ id: '__proto__', name: 'Proto' }], criteria: [{ id: 'c', label: 'C', values: {} }] } as unknown as Dataset;

  it('setIn() should keep a value typed for it, as the key of its own', () => {
    const next = setIn(data, ['criteria', 0, 'values', '__proto__'], 'Typed');
    const values = next.criteria![0].values!;
    expect(Object.keys(values)).to.deep.equal(['__proto__']);
    expect(Object.getPrototypeOf(values)).to.equal(Object.prototype);
    expect(JSON.parse(JSON.stringify(next)).criteria[0].values).to.deep.equal(JSON.parse('{"__proto__":"Typed"}'));
  });

  it('should be refused by the validator, with the rule for ids', () => {
    const result = validate(JSON.parse(JSON.stringify(data)));
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues).to.deep.include({
      path: 'paths[0].id',
      message: '"__proto__" is not a valid id: use lowercase letters, digits and "-"',
    });
  });
});

describe('readSheet()', () => {
  it('should read semicolon-separated cells, as Excel saves CSV where the decimal mark is a comma', () => {
    const result = readSheet('type;name;text\npath;Nursing;"Care; and more"\n');
    expect(result).to.deep.equal({
      ok: true,
      // Without a "dataset" row the title is left empty: nothing comes from another dataset.
      dataset: { version: 1, title: '', paths: [{ id: 'nursing', name: 'Nursing', summary: 'Care; and more' }] },
    });
  });

  it('should name the row and column of an unknown column and of an empty name', () => {
    const result = readSheet('type,name,sumary\npath,,x\n');
    expect(result).to.deep.equal({
      ok: false,
      problems: [
        'Row 1, column C ("sumary"): not a known column. The columns are: type, id, name, path, text, note, duties, interests, badge, onet, link text, link, source, source link, source date.',
      ],
    });
    const empty = readSheet('type,name,path\npath,Nursing\nrole,,Nursing\n');
    expect(empty.ok || empty.problems).to.include('Row 3, column B ("name"): is empty');
  });
});

describe('readSheet() with a "note" column', () => {
  const sheet = (...rows: string[]) => ['type,name,path,text,note', 'path,Nursing,,,', 'path,Pharmacy,,,', ...rows].join('\n');
  const read: [what: string, rows: string[], criterion: Criterion][] = [
    [
      'a note on a criterion with one value for every path',
      ['criterion,Pay,,"$80,000","Median pay, May 2023"'],
      { id: 'pay', label: 'Pay', note: 'Median pay, May 2023', value: '$80,000' },
    ],
    [
      'a note on one of the rows of a criterion with a value per path',
      ['criterion,Pay,Nursing,"$90,000",', 'criterion,Pay,Pharmacy,"$130,000",Median pay in 2023'],
      { id: 'pay', label: 'Pay', note: 'Median pay in 2023', values: { nursing: '$90,000', pharmacy: '$130,000' } },
    ],
    [
      'the same note on each row of a criterion',
      ['criterion,Pay,Nursing,"$90,000",Median pay in 2023', 'criterion,Pay,Pharmacy,"$130,000", Median pay in 2023 '],
      { id: 'pay', label: 'Pay', note: 'Median pay in 2023', values: { nursing: '$90,000', pharmacy: '$130,000' } },
    ],
    ['an empty note', ['criterion,Focus,,Patients,  '], { id: 'focus', label: 'Focus', value: 'Patients' }],
  ];
  for (const [what, rows, criterion] of read)
    it(`${what} => ${JSON.stringify(criterion)}`, () => {
      const result = readSheet(sheet(...rows));
      expect(result.ok && result.dataset.criteria).to.deep.equal([criterion]);
    });

  const refused: [what: string, rows: string[], problem: string][] = [
    [
      'two different notes for one criterion',
      ['criterion,Pay,Nursing,"$90,000",Median pay in 2023', 'criterion,Pay,Pharmacy,"$130,000",Mean pay in 2022'],
      'Row 5, column E ("note"): a different note from the one row 4 gives this criterion. A criterion has one note: give it on one of its rows, or the same on each.',
    ],
    [
      'a later row whose note differs from the one that earlier rows repeat',
      ['criterion,Pay,Nursing,"$90,000",Median pay', 'criterion,Pay,Pharmacy,"$130,000",Median pay', 'criterion,Focus,,Patients,', 'criterion,Pay,,,Mean pay'],
      'Row 7, column E ("note"): a different note from the one row 4 gives this criterion. A criterion has one note: give it on one of its rows, or the same on each.',
    ],
  ];
  for (const [what, rows, problem] of refused)
    it(`${what} => ${JSON.stringify(problem)}`, () => {
      expect(readSheet(sheet(...rows))).to.deep.equal({ ok: false, problems: [problem] });
    });

  it('should be in the template, with an example on a criterion row', () => {
    const template = readSheet(toCsv(TEMPLATE));
    expect(template.ok && template.dataset.criteria!.find((criterion) => criterion.id === 'pay')?.note).to.equal(
      'Median pay of the related occupations, May 2024',
    );
  });
});

describe('readSheet() with the source of a criterion that has a row per path', () => {
  const sheet = (...rows: string[]) => ['type,name,path,text,source,source link', 'path,Nursing,,,,', 'path,Pharmacy,,,,', ...rows].join('\n');
  const labor = { name: 'Labor statistics', url: 'https://stats.example.gov/pay' };
  const values = { nursing: '$90,000', pharmacy: '$130,000' };
  const read: [what: string, rows: string[], criterion: Criterion][] = [
    [
      'a source on the second row only',
      ['criterion,Pay,Nursing,"$90,000",,', 'criterion,Pay,Pharmacy,"$130,000",Labor statistics,https://stats.example.gov/pay'],
      { id: 'pay', label: 'Pay', source: labor, values },
    ],
    [
      'the same source on each row',
      [
        'criterion,Pay,Nursing,"$90,000",Labor statistics,https://stats.example.gov/pay',
        'criterion,Pay,Pharmacy,"$130,000",Labor statistics,https://stats.example.gov/pay',
      ],
      { id: 'pay', label: 'Pay', source: labor, values },
    ],
  ];
  for (const [what, rows, criterion] of read)
    it(`${what} => ${JSON.stringify(criterion)}`, () => {
      const result = readSheet(sheet(...rows));
      expect(result.ok && result.dataset.criteria).to.deep.equal([criterion]);
    });

  it('two different sources => the row and column of the second, not one source silently replacing the other', () => {
    const rows = [
      'criterion,Pay,Nursing,"$90,000",Labor statistics,https://stats.example.gov/pay',
      'criterion,Pay,Pharmacy,"$130,000",Labor statistics,https://stats.example.gov/2022',
    ];
    expect(readSheet(sheet(...rows))).to.deep.equal({
      ok: false,
      problems: [
        'Row 5, column E ("source"): a different source from the one row 4 gives this criterion. A criterion has one source: give it on one of its rows, or the same on each.',
      ],
    });
  });
});

describe('the spreadsheet layout', () => {
  it("should be the README's: its table names every column but type, and no other", async () => {
    const readme = await (await fetch('/README.md')).text();
    const layout = readme.slice(readme.indexOf('#### Import from a spreadsheet'), readme.indexOf('### Pin a version'));
    const named = [...layout.matchAll(/^\| ([^|]+) \|/gm)].flatMap(([, cell]) => [...cell.matchAll(/`([^`]+)`/g)].map(([, column]) => column));
    expect(named.sort()).to.deep.equal(COLUMNS.filter((column) => column !== 'type').sort());
  });
});
