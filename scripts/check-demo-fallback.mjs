// Fails when a demo page's fallback is not the one scripts/demo-fallback.mjs makes from its dataset.
import { demoPages } from './demo-fallback.mjs';

const stale = demoPages().filter(({ page, updated }) => page !== updated);
for (const { file } of stale) console.error(`${file}: its fallbacks are not the ones its dataset gives: run \`node scripts/demo-fallback.mjs\` and commit it.`);
if (stale.length) process.exit(1);
console.log('the demo pages carry the fallbacks of their datasets');
