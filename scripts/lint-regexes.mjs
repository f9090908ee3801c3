// `npm run lint`'s ReDoS check: every regular expression of src/ (scripts/regexes.mjs) goes
// through recheck, which fails on any whose matching time can grow faster than its input
// (exponential or polynomial backtracking). recheck runs in its pure JavaScript build here: neither
// its platform binary nor Java is used.
import { checkSync } from 'recheck';
import { regexes } from './regexes.mjs';

/**
 * recheck's own limits in time would make a busy machine's verdict differ from an idle one's: they
 * are off, and its limits in steps (and its fixed random seed) alone decide.
 */
const OPTIONS = { backend: 'pure', timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };

const { all, unchecked } = await regexes();
let problems = 0;
for (const { where, argument } of unchecked) {
  problems++;
  console.log(`${where}: new RegExp(${argument}) is built at run time and cannot be checked; use a literal or an exported pattern`);
}
for (const { where, source, flags } of all) {
  const result = checkSync(source, flags, OPTIONS);
  if (result.status === 'safe') continue;
  problems++;
  const how = result.status === 'vulnerable' ? `${result.complexity.type} backtracking, e.g. on ${result.attack.pattern}` : `not checked (${result.status})`;
  console.log(`${where}: /${source}/${flags}: ${how}`);
}
console.log(
  problems
    ? `regexes: ${problems} problem(s) in ${all.length} regular expressions`
    : `regexes: ${all.length} regular expressions, none backtracks super-linearly`,
);
process.exit(problems ? 1 : 0);
