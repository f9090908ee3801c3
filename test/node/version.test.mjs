// The version the drop-in file reports (to warn when two versions meet on a page) is the package's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('src/version.ts says the version in package.json', () => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const source = readFileSync(new URL('../../src/version.ts', import.meta.url), 'utf8');
  assert.equal(/VERSION = '([^']+)'/.exec(source)?.[1], version);
});
