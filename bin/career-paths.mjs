#!/usr/bin/env node
// The command line: checks dataset files with the same validator the elements use.
import { constants } from 'node:fs';
import { open, readFile } from 'node:fs/promises';

const usage = `Usage: career-paths validate FILE...

Checks career-paths dataset files (JSON) against the dataset format, with the
validator the elements use. Prints each issue as "FILE: json.path: message"
and "FILE: valid" for a good file, then each warning (such as a source more
than three years old) as "FILE: warning: json.path: message". Control
characters (of keys as of values) are printed escaped, as \u001b. A file must
be UTF-8 and a regular file of at most 5 MB, the dataset editor's limit.
Exits with 1 when any file is missing, not UTF-8, malformed or invalid; with 2
on a usage error or when a file is not a regular file or is over 5 MB (the
other files are still checked); warnings alone do not fail.

Options:
  -h, --help     show this help
  -v, --version  show the version`;

const [command, ...files] = process.argv.slice(2);

if (command === '-h' || command === '--help' || files.some((file) => file === '-h' || file === '--help')) {
  console.log(usage);
  process.exit(0);
}
if (command === '-v' || command === '--version') {
  const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  console.log(version);
  process.exit(0);
}
if (command !== 'validate' || !files.length) {
  if (command) console.error(command === 'validate' ? 'career-paths validate: name at least one file.' : `career-paths: unknown command "${command}".`);
  console.error(usage);
  process.exit(2);
}

let validator;
try {
  validator = {
    ...(await import('../dist/esm/dataset/validate.js')),
    ...(await import('../dist/esm/dataset/json-position.js')),
    ...(await import('../dist/esm/dataset/warnings.js')),
  };
} catch {
  console.error('career-paths: the validator is not built: run `npm run build` first.');
  process.exit(2);
}
const { parseJsonWithPosition, validate, warnings } = validator;

/** The largest file read: the dataset editor's limit (`FILE_LIMIT` in src/editor/editor.ts). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * A line made safe for a terminal: C0 and C1 controls, DEL and the bidirectional controls (which
 * could clear the screen, set the title or reorder what is shown) written as JSON writes them,
 * as in \u001b. Keys of the data reach the output raw in JSON paths; values are already quoted.
 */
const printable = (text) =>
  text.replace(/[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The offset of the first byte that does not begin a valid UTF-8 character, or -1. */
function invalidUtf8At(bytes) {
  for (let at = 0; at < bytes.length;) {
    const lead = bytes[at];
    if (lead < 0x80) {
      at++;
      continue;
    }
    // The number of bytes that follow the lead, and the smallest code point that needs them.
    const [more, least] =
      lead >= 0xc2 && lead <= 0xdf ? [1, 0x80] : lead >= 0xe0 && lead <= 0xef ? [2, 0x800] : lead >= 0xf0 && lead <= 0xf4 ? [3, 0x10000] : [0, 0];
    if (!more) return at;
    let point = lead & (0x3f >> more);
    for (let i = 1; i <= more; i++) {
      const next = bytes[at + i];
      if (next === undefined || (next & 0xc0) !== 0x80) return at;
      point = (point << 6) | (next & 0x3f);
    }
    if (point < least || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return at;
    at += more + 1;
  }
  return -1;
}

/**
 * Reads a file, or says why not: only a regular file of at most `MAX_FILE_BYTES` is read. It is
 * opened without waiting (a pipe would wait for a writer), checked, then read up to one byte past
 * the limit, in case it grew meanwhile.
 */
async function readDataset(file) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { status: 1, message: error.code === 'ENOENT' ? 'no such file' : `cannot be read (${error.code ?? error.message})` };
  }
  try {
    const stats = await handle.stat();
    const tooLarge = (size) => ({
      status: 2,
      message: `${(size / 1048576).toFixed(1)} MB: too large for a dataset (the limit is ${MAX_FILE_BYTES / 1048576} MB): nothing was read`,
    });
    if (!stats.isFile()) return { status: 2, message: 'not a regular file: nothing was read' };
    if (stats.size > MAX_FILE_BYTES) return tooLarge(stats.size);
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    for (
      let read;
      length < buffer.length && (read = (await handle.read({ buffer, offset: length, length: buffer.length - length, position: null })).bytesRead);
    )
      length += read;
    if (length > MAX_FILE_BYTES) return tooLarge(length);
    const bytes = buffer.subarray(0, length);
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      const at = invalidUtf8At(bytes);
      return { status: 1, message: `not UTF-8: the byte at offset ${at} (0x${bytes[at].toString(16).padStart(2, '0')}) does not begin a valid character` };
    }
  } catch (error) {
    return { status: 1, message: `cannot be read (${error.code ?? error.message})` };
  } finally {
    await handle.close();
  }
}

let status = 0;
for (const file of files) {
  const say = (message) => console.log(printable(`${file}: ${message}`));
  const { text, status: refused, message } = await readDataset(file);
  if (text === undefined) {
    status = Math.max(status, refused);
    say(message);
    continue;
  }
  const parsed = parseJsonWithPosition(text.replace(/^\uFEFF/, ''));
  const result = parsed.ok ? validate(parsed.value) : { ok: false, issues: [parsed.issue] };
  const describe = (issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  if (result.ok) say('valid');
  else {
    status = Math.max(status, 1);
    for (const issue of result.issues) say(describe(issue));
  }
  for (const warning of parsed.ok ? warnings(parsed.value) : []) say(`warning: ${describe(warning)}`);
}
process.exit(status);
