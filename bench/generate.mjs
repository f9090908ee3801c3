// A large, valid dataset for the benchmark: 8 paths, 40 criteria, 12 interests, 1,000 roles.
// Seeded, so every run measures the same data: `node bench/generate.mjs [seed] > large.json`.
import { pathToFileURL } from 'node:url';

/** mulberry32: a small, fast, seeded PRNG (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary = (
  'patients staff budget records schedule quality safety clinic hospital department care team policy ' +
  'data billing coding compliance planning outreach training insurance supplies services community ' +
  'reports standards systems finance people operations research families nurses physicians visits'
).split(' ');

export function generate({ seed = 1, paths = 8, criteria = 40, interests = 12, roles = 1000 } = {}) {
  const random = mulberry32(seed);
  const int = (n) => Math.floor(random() * n);
  const words = (n) => Array.from({ length: n }, () => vocabulary[int(vocabulary.length)]).join(' ');
  const sentence = (n) => {
    const text = words(n);
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  const cta = (label, slug) => ({ label, href: `https://example.edu/${slug}` });

  const pathList = Array.from({ length: paths }, (_, i) => ({
    id: `path-${i + 1}`,
    name: `Path ${i + 1}: ${words(2)}`,
    summary: sentence(18),
    ...(i === 0 ? { badge: 'Our program' } : {}),
    ...(i % 2 === 0 ? { cta: cta(`Explore path ${i + 1}`, `paths/${i + 1}`) } : {}),
  }));
  const byPath = (make) => Object.fromEntries(pathList.map((path) => [path.id, make()]));

  const criterionList = Array.from({ length: criteria }, (_, i) => {
    const criterion = { id: `criterion-${i + 1}`, label: `Criterion ${i + 1}: ${words(2)}` };
    if (i % 10 === 9) {
      // Every tenth is one value shared by all paths, with its source.
      return { ...criterion, value: sentence(8), source: { name: sentence(5), url: 'https://example.org/source', date: '2024' } };
    }
    if (i % 3 === 1) return { ...criterion, values: byPath(() => Array.from({ length: 2 + int(4) }, () => sentence(6))) };
    return { ...criterion, values: byPath(() => sentence(10 + int(15))) };
  });

  const interestList = Array.from({ length: interests }, (_, i) => ({ id: `interest-${i + 1}`, label: `I like ${words(2)}` }));

  const roleList = Array.from({ length: roles }, (_, i) => {
    const chosen = new Set(Array.from({ length: 1 + int(3) }, () => interestList[int(interests)].id));
    return {
      id: `role-${i + 1}`,
      title: `Role ${i + 1}: ${words(2)}`,
      path: pathList[int(paths)].id,
      summary: sentence(20),
      duties: Array.from({ length: 3 + int(3) }, () => sentence(8)),
      interests: [...chosen],
      ...(i % 7 === 0 ? { cta: cta(`About role ${i + 1}`, `roles/${i + 1}`) } : {}),
    };
  });

  return {
    version: 1,
    title: `A large comparison: ${paths} paths, ${criteria} criteria, ${roles.toLocaleString('en')} roles`,
    intro: sentence(30),
    paths: pathList,
    criteria: criterionList,
    interests: interestList,
    roles: roleList,
    cta: cta('Contact us', 'contact'),
    source: { name: 'Generated for the benchmark', date: '2024-01-01' },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(generate({ seed: Number(process.argv[2] ?? 1) }), null, 1) + '\n');
}
