#!/usr/bin/env node
// The command line: checks dataset files with the same validator the elements use.
import { readFile } from 'node:fs/promises';

const usage = `Usage: career-paths validate FILE...

Checks career-paths dataset files (JSON) against the dataset format, with the
validator the elements use. Prints each issue as "FILE: json.path: message"
and "FILE: valid" for a good file, then each warning (such as a source more
than three years old) as "FILE: warning: json.path: message". Exits with 1
when any file is missing, malformed or invalid, and with 2 on a usage error;
warnings alone do not fail.

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

let failed = false;
for (const file of files) {
  const say = (message) => console.log(`${file}: ${message}`);
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    failed = true;
    say(error.code === 'ENOENT' ? 'no such file' : `cannot be read (${error.code ?? error.message})`);
    continue;
  }
  const parsed = parseJsonWithPosition(text.replace(/^\uFEFF/, ''));
  const result = parsed.ok ? validate(parsed.value) : { ok: false, issues: [parsed.issue] };
  const describe = (issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  if (result.ok) say('valid');
  else {
    failed = true;
    for (const issue of result.issues) say(describe(issue));
  }
  for (const warning of parsed.ok ? warnings(parsed.value) : []) say(`warning: ${describe(warning)}`);
}
process.exit(failed ? 1 : 0);
