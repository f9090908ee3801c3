// The command line, run as a person runs it: `career-paths validate FILE...` on real files.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../bin/career-paths.mjs', import.meta.url));
const healthcare = fileURLToPath(new URL('../../data/healthcare-management-vs-administration.json', import.meta.url));

/** Runs the command line; gives its exit code and what it printed. */
const run = (...args) => {
  // A command line that hangs (on a pipe, on an endless device) is stopped, and its status is null.
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20000, maxBuffer: 1 << 20 });
  return { status, stdout, stderr, lines: stdout.trim().split('\n') };
};

let dir;
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'career-paths-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('career-paths validate', () => {
  describe('when the file is the healthcare dataset', () => {
    it('should say it is valid and exit with 0, whatever the warnings', () => {
      const good = file('healthcare.json', readFileSync(healthcare, 'utf8'));
      const result = run('validate', good);
      assert.equal(result.lines[0], `${good}: valid`);
      for (const line of result.lines.slice(1)) assert.match(line, /: warning: .*source\.date: .* more than 3 years ago/);
      assert.equal(result.status, 0);
    });
  });

  describe('when a source is more than three years old', () => {
    it('should say it is valid, print the warning, and exit with 0', () => {
      const year = new Date().getUTCFullYear();
      const dataset = (date) => ({ version: 1, title: 'Dated', paths: [{ id: 'a', name: 'A' }], source: { name: 'Survey', date } });
      const old = file('old.json', JSON.stringify(dataset(`${year - 4}-01`)));
      const recent = file('recent.json', JSON.stringify(dataset(`${year}-01`)));
      const result = run('validate', old, recent);
      assert.deepEqual(result.lines, [
        `${old}: valid`,
        `${old}: warning: source.date: "${year - 4}-01" is more than 3 years ago: check for newer figures`,
        `${recent}: valid`,
      ]);
      assert.equal(result.status, 0);
    });

    it('should print the warning after the issues of an invalid file, and exit with 1', () => {
      const bad = file('old-bad.json', JSON.stringify({ version: 1, title: '', paths: [{ id: 'a', name: 'A' }], source: { name: 'Survey', date: '2001' } }));
      const result = run('validate', bad);
      assert.deepEqual(result.lines, [
        `${bad}: title: should not be empty`,
        `${bad}: warning: source.date: "2001" is more than 3 years ago: check for newer figures`,
      ]);
      assert.equal(result.status, 1);
    });
  });

  describe('when the file breaks the format in several places', () => {
    it('should print every issue with its JSON path and exit with 1', () => {
      const data = JSON.parse(readFileSync(healthcare, 'utf8'));
      data.roles[3].path = 'mgmt';
      data.paths.push({ id: 'management', name: 'Healthcare Management, again' });
      delete data.title;
      data.cta.href = 'javascript:alert(1)';
      const broken = file('broken.json', JSON.stringify(data));
      const result = run('validate', broken);
      assert.equal(result.status, 1);
      // The dataset's figures may be old enough by now for a warning: those lines are tested apart.
      assert.deepEqual(result.lines.filter((line) => !line.includes(': warning: ')).sort(), [
        `${broken}: cta.href: "javascript:alert(1)" is not an allowed link: use http, https, mailto, tel or a relative URL`,
        `${broken}: paths[2].id: "management" is used twice in paths`,
        `${broken}: roles[3].path: "mgmt" is not a path id`,
        `${broken}: title: is required`,
      ]);
    });
  });

  describe('when the JSON is malformed', () => {
    it('should say so, with where, and exit with 1', () => {
      const malformed = file('malformed.json', '{\n  "version": 1,\n  "title": "Trailing comma",\n}\n');
      const result = run('validate', malformed);
      assert.equal(result.status, 1);
      assert.equal(result.lines.length, 1);
      assert.match(result.lines[0], new RegExp(`^${malformed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: The JSON is malformed: .*line 4`));
    });
  });

  describe('when the file does not exist', () => {
    it('should say so and exit with 1', () => {
      const missing = join(dir, 'missing.json');
      const result = run('validate', missing);
      assert.equal(result.stdout, `${missing}: no such file\n`);
      assert.equal(result.status, 1);
    });
  });

  describe('when one of several files is bad', () => {
    it('should report every file, in order, and exit with 1', () => {
      const good = file('good.json', JSON.stringify({ version: 1, title: 'Good', paths: [{ id: 'a', name: 'A' }] }));
      const bad = file('bad.json', JSON.stringify({ version: 2, title: 'Bad', paths: [{ id: 'a', name: 'A' }] }));
      const result = run('validate', good, bad, good);
      assert.deepEqual(result.lines, [`${good}: valid`, `${bad}: version: 2 is not a supported version: use 1`, `${good}: valid`]);
      assert.equal(result.status, 1);
    });
  });
});

describe('career-paths validate on hostile files', () => {
  const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';

  it('should escape the control characters of keys as it escapes those of values', () => {
    const data = { version: 1, title: 'T', paths: [{ id: 'a', name: 'A' }], criteria: [{ id: 'c', label: 'C', values: { [ESCAPES]: 'x', a: 'y' } }] };
    const path = file('keys.json', JSON.stringify(data));
    const result = run('validate', path);
    assert.equal(
      result.stdout,
      `${path}: criteria[0].values.\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e: "\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e" is not a path id\n`,
    );
    assert.equal(result.status, 1);
  });

  it('should refuse invalid UTF-8, naming the offset of the first bad byte, and exit with 1', () => {
    const text = JSON.stringify({ version: 1, title: 'Café', paths: [{ id: 'a', name: 'A' }] });
    const at = Buffer.byteLength(text.slice(0, text.indexOf('Caf') + 3));
    const bytes = Buffer.concat([Buffer.from(text.slice(0, text.indexOf('Caf') + 3)), Buffer.from([0xe9]), Buffer.from(text.slice(text.indexOf('Caf') + 4))]);
    const path = join(dir, 'latin1.json');
    writeFileSync(path, bytes);
    const result = run('validate', path);
    assert.equal(result.stdout, `${path}: not UTF-8: the byte at offset ${at} (0xe9) does not begin a valid character\n`);
    assert.equal(result.status, 1);
  });

  it('should refuse a pipe without waiting for it, and exit with 2', () => {
    const fifo = join(dir, 'pipe.json');
    const made = spawnSync('mkfifo', [fifo]);
    assert.equal(made.status, 0, 'mkfifo failed');
    const result = run('validate', fifo);
    assert.equal(result.stdout, `${fifo}: not a regular file: nothing was read\n`);
    assert.equal(result.status, 2);
  });

  for (const device of ['/dev/zero', '/dev/urandom'])
    it(`should refuse ${device} without reading it, and exit with 2`, () => {
      const result = run('validate', device);
      assert.equal(result.stdout, `${device}: not a regular file: nothing was read\n`);
      assert.equal(result.status, 2);
    });

  it('should refuse a folder, and exit with 2', () => {
    const result = run('validate', dir);
    assert.equal(result.stdout, `${dir}: not a regular file: nothing was read\n`);
    assert.equal(result.status, 2);
  });

  it("should refuse a file over the editor's 5 MB limit, and exit with 2, still checking the others", () => {
    const big = file('big.json', JSON.stringify({ version: 1, title: 'x'.repeat(5 * 1024 * 1024), paths: [{ id: 'a', name: 'A' }] }));
    const good = file('small.json', JSON.stringify({ version: 1, title: 'Good', paths: [{ id: 'a', name: 'A' }] }));
    const result = run('validate', big, good);
    assert.deepEqual(result.lines, [`${big}: 5.0 MB: too large for a dataset (the limit is 5 MB): nothing was read`, `${good}: valid`]);
    assert.equal(result.status, 2);
  });

  it('should still take a file of just under 5 MB', () => {
    const text = JSON.stringify({ version: 1, title: '', paths: [{ id: 'a', name: 'A' }] });
    const path = file('almost.json', text.replace('"title":""', `"title":"${'x'.repeat(5 * 1024 * 1024 - text.length)}"`));
    const result = run('validate', path);
    assert.deepEqual(result.lines, [`${path}: valid`]);
    assert.equal(result.status, 0);
  });
});

describe('career-paths --help', () => {
  it('should print the usage and exit with 0', () => {
    const result = run('--help');
    assert.match(result.stdout, /^Usage: career-paths validate FILE\.\.\./);
    assert.equal(result.status, 0);
  });
});

describe('career-paths with no file or an unknown command', () => {
  for (const args of [[], ['validate'], ['check', 'x.json']])
    it(`career-paths ${args.join(' ')} => should print the usage to stderr and exit with 2`, () => {
      const result = run(...args);
      assert.match(result.stderr, /Usage: career-paths validate FILE\.\.\./);
      assert.equal(result.stdout, '');
      assert.equal(result.status, 2);
    });
});
