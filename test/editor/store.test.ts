import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/dataset/format.js';
import { setIn } from '../../src/editor/fields.js';
import { apply, diff, edit, HISTORY_LIMIT, parse, redo, replace, serialize, start, undo, write, type History } from '../../src/editor/store.js';
import { MemoryStorage } from './memory-storage.js';

const base = (): Dataset =>
  ({
    version: 1,
    title: 'Nursing',
    paths: [
      { id: 'adn', name: 'Nursing (ADN)' },
      { id: 'ma', name: 'Medical Assisting' },
    ],
  }) as Dataset;

const titled = (history: History, title: string, field = '') => edit(history, setIn(history.dataset, ['title'], title), field);

describe('the dataset store', () => {
  describe('edit, undo and redo', () => {
    it('should undo an edit back to the dataset before it, and redo it', () => {
      const edited = titled(start(base()), 'Nursing or assisting');
      expect(edited.dataset.title).to.equal('Nursing or assisting');
      const undone = undo(edited);
      expect(undone.dataset.title).to.equal('Nursing');
      expect(undone.past).to.have.length(0);
      expect(redo(undone).dataset.title).to.equal('Nursing or assisting');
    });

    it('should keep typing in one field as one step, and make a step of an edit in another field', () => {
      let history = start(base());
      for (const title of ['N', 'Nu', 'Nur']) history = titled(history, title, 'title');
      expect(history.past).to.have.length(1);
      history = edit(history, setIn(history.dataset, ['paths', 0, 'name'], 'ADN'), 'paths[0].name');
      expect(history.past).to.have.length(2);
      expect(undo(undo(history)).dataset.title).to.equal('Nursing');
    });

    it('should end what Redo had when a new edit is made', () => {
      const history = titled(undo(titled(start(base()), 'A')), 'B');
      expect(history.future).to.have.length(0);
      expect(redo(history)).to.equal(history);
    });

    it('should change nothing on Undo or Redo without steps, and on an edit to the same dataset', () => {
      const history = start(base());
      expect(undo(history)).to.equal(history);
      expect(redo(history)).to.equal(history);
      expect(edit(history, history.dataset)).to.equal(history);
    });

    it('should undo a replace in one step, back to the work it replaced', () => {
      const work = titled(titled(start(base()), 'Our work', 'title'), 'Our work', 'title');
      const replaced = replace(work, { version: 1, title: '', paths: [] } as Dataset);
      expect(undo(replaced).dataset).to.equal(work.dataset);
    });

    it(`should keep the last ${HISTORY_LIMIT} steps`, () => {
      let history = start(base());
      for (let i = 0; i < HISTORY_LIMIT + 20; i++) history = titled(history, `Title ${i}`);
      expect(history.past).to.have.length(HISTORY_LIMIT);
      expect(history.past[0].dataset.title).to.equal('Title 19');
    });
  });

  describe('changes between datasets', () => {
    const cases: [name: string, from: unknown, to: unknown][] = [
      ['a changed title', base(), { ...base(), title: 'Other' }],
      ['a removed key', { ...base(), intro: 'Hi' }, base()],
      ['an added item', base(), { ...base(), paths: [...base().paths, { id: 'x', name: 'X' }] }],
      ['a removed last item', base(), { ...base(), paths: base().paths.slice(0, 1) }],
      ['a list made shorter from its start', { list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, { list: [2, 3, 4, 5, 6, 7, 8, 9, 10] }],
      ['an object made a list', { a: { b: 1 } }, { a: [1] }],
      ['a whole other dataset', base(), { version: 1, title: '', paths: [] }],
      ['a key named __proto__', { a: 1 }, JSON.parse('{"a": 1, "__proto__": {"polluted": true}}')],
    ];
    for (const [name, from, to] of cases)
      it(`should turn the dataset into the next one, through JSON, for ${name}`, () => {
        const changes = JSON.parse(JSON.stringify(diff(from, to)));
        expect(JSON.stringify(apply(from, changes))).to.equal(JSON.stringify(to));
        expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
      });

    it('should leave the dataset it starts from as it was, and share the parts that did not change', () => {
      const from = base();
      const before = JSON.stringify(from);
      const to = apply(from, diff(from, setIn(from, ['paths', 1, 'name'], 'MA')));
      expect(JSON.stringify(from)).to.equal(before);
      expect(to.paths[0]).to.equal(from.paths[0]);
      expect(to.paths[1].name).to.equal('MA');
    });

    it('should save one edit in a large dataset as a small change', () => {
      const from = { ...base(), roles: Array.from({ length: 1000 }, (_, i) => ({ id: `r${i}`, title: `Role ${i}`, path: 'adn' })) } as Dataset;
      const to = setIn(from, ['roles', 500, 'title'], 'Charge nurse');
      expect(JSON.stringify(diff(from, to)).length).to.be.below(100);
    });
  });

  describe('saved in the browser', () => {
    it('should bring back the dataset, its settings and every step of Undo and Redo', () => {
      let history = start(base());
      for (const title of ['One', 'Two', 'Three', 'Four']) history = titled(history, title);
      history = edit(history, setIn(history.dataset, ['paths', 0, 'name'], 'ADN'));
      history = undo(undo(history));
      const saved = parse(serialize(history, { tag: 'career-picker' }, 1234, 'tab-a'))!;
      expect(saved.settings).to.deep.equal({ tag: 'career-picker' });
      expect([saved.savedAt, saved.tab, saved.migrated]).to.deep.equal([1234, 'tab-a', false]);
      expect(saved.history.dataset).to.deep.equal(history.dataset);
      let back = saved.history;
      const titles = [back.dataset.title];
      while (back.past.length) titles.unshift((back = undo(back)).dataset.title);
      expect(titles).to.deep.equal(['Nursing', 'One', 'Two', 'Three']);
      let forward = saved.history;
      forward = redo(forward);
      expect(forward.dataset.title).to.equal('Four');
      forward = redo(forward);
      expect(forward.dataset.paths[0].name).to.equal('ADN');
      expect(forward.future).to.have.length(0);
    });

    it('should keep steps saved after a reload as steps that can be saved again', () => {
      const first = parse(serialize(titled(titled(start(base()), 'One'), 'Two'), {}, 1, 'a'))!.history;
      const again = parse(serialize(titled(first, 'Three'), {}, 2, 'a'))!.history;
      expect([undo(again).dataset.title, undo(undo(again)).dataset.title, undo(undo(undo(again))).dataset.title]).to.deep.equal(['Two', 'One', 'Nursing']);
    });

    it('should read work saved in the first format (dataset and settings only), and mark it to be saved again', () => {
      const saved = parse(JSON.stringify({ dataset: base(), settings: { tag: 'career-compare' } }))!;
      expect(saved.migrated).to.equal(true);
      expect(saved.history.dataset).to.deep.equal(base());
      expect(saved.settings).to.deep.equal({ tag: 'career-compare' });
      expect(saved.history.past).to.have.length(0);
      expect(parse(serialize(saved.history, saved.settings, 5, 'b'))!.migrated).to.equal(false);
    });

    it('should keep the dataset when its saved history cannot be read', () => {
      const saved = parse(JSON.stringify({ version: 2, dataset: base(), past: [[[['title']]], 'nonsense', [[['title'], 'x']]], future: 7 }))!;
      expect(saved.history.dataset).to.deep.equal(base());
      expect(saved.history.past).to.have.length(1);
      expect(saved.history.future).to.have.length(0);
    });

    const nothing: [string, string | null][] = [
      ['no saved work', null],
      ['null', 'null'],
      ['no dataset', '{"settings": {}}'],
      ['a dataset that is a list', '{"dataset": []}'],
    ];
    for (const [name, text] of nothing) it(`should find nothing in ${name}`, () => expect(parse(text)).to.equal(undefined));

    it('should throw on saved text that is no JSON', () => expect(() => parse('{"dataset":')).to.throw(SyntaxError));

    it('should save under the key, to be read back', () => {
      const storage = new MemoryStorage();
      const history = titled(start(base()), 'Saved');
      const written = write(storage, 'work', history, {}, 9, 'a');
      expect(written).to.include({ ok: true, kept: 1 });
      expect(parse(storage.getItem('work'))!.history.dataset.title).to.equal('Saved');
    });

    it('should save fewer steps when the storage is full, and say how many', () => {
      let history = start(base());
      for (let i = 0; i < 40; i++) history = edit(history, setIn(history.dataset, ['intro'], `${i} `.repeat(200)));
      const full = serialize(history, {}, 1, 'a').length;
      const storage = new MemoryStorage((value) => value.length > full / 3);
      const written = write(storage, 'work', history, {}, 1, 'a');
      expect(written.ok).to.equal(true);
      const kept = written.ok ? written.kept : -1;
      expect(kept).to.be.within(1, 39);
      expect(parse(storage.getItem('work'))!.history.past).to.have.length(kept);
    });

    it('should say that the storage is full when even the dataset alone does not fit, and keep what was saved', () => {
      const storage = new MemoryStorage((value) => value.length > 10);
      storage.items.set('work', 'before');
      const written = write(storage, 'work', titled(start(base()), 'Too much'), {}, 1, 'a');
      expect(written).to.include({ ok: false, full: true });
      expect(storage.getItem('work')).to.equal('before');
    });

    it('should say what else went wrong, without calling it full', () => {
      const refusing = new MemoryStorage();
      refusing.setItem = () => {
        throw new DOMException('Blocked', 'SecurityError');
      };
      const written = write(refusing, 'work', start(base()), {}, 1, 'a');
      expect(written).to.include({ ok: false, full: false });
      expect(!written.ok && written.error.name).to.equal('SecurityError');
    });
  });
});
