// Part of `npm run lint`: validates each workflow file in .github/workflows/ against the schema of
// the forge's workflow syntax, with @action-validator/cli. The workflows cannot run here; this
// catches a misspelt key, a wrong type or an unknown event before a push does.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const folder = join(root, '.github', 'workflows');
const validator = join(root, 'node_modules', '.bin', 'action-validator');
const files = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));
if (!files.length) throw new Error('.github/workflows/ holds no workflow');
let failed = 0;
for (const file of files) {
  const { status } = spawnSync(validator, [join(folder, file)], { stdio: 'inherit' });
  if (status !== 0) failed++;
  else console.log(`.github/workflows/${file}: valid`);
}
process.exit(failed ? 1 : 0);
