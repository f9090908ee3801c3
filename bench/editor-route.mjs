// What the dataset editor asks of a person, in figures: the page's height with the example and
// with a small dataset, at a desktop and a phone width; how many Tab presses reach "Copy snippet"
// from the top of the page; and where the preview is while a criterion is being edited. A
// benchmark, not a test: it prints figures and fails only when it cannot measure.
//
//   npm run build && node bench/editor-route.mjs
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, root, serve } from './harness.mjs';

for (const file of ['dist/editor.html', 'dist/editor.js', 'dist/career-paths.js'])
  if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\`.`);

const server = await serve();
const browser = await launchChromium();
const example = JSON.parse(await (await fetch(`${server.origin}/data/healthcare-management-vs-administration.json`)).text());
/** Nursing against Medical Assisting: 2 paths, 3 criteria, 4 interests and 4 roles. */
const small = {
  ...example,
  title: 'Nursing (ADN) vs. Medical Assisting',
  paths: example.paths,
  criteria: example.criteria.slice(0, 3),
  interests: example.interests.slice(0, 4),
  roles: example.roles.slice(0, 4),
};
const kept = new Set(small.interests.map((interest) => interest.id));
small.roles = small.roles.map((role) => ({ ...role, interests: role.interests.filter((id) => kept.has(id)) }));
small.roles.forEach((role, index) => role.interests.length || role.interests.push(small.interests[index].id));

/** Opens the built editor with `dataset` saved in the browser, at `width` × `height`. */
async function open(dataset, width, height) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.evaluateOnNewDocument(
    (saved) => {
      if (!sessionStorage.getItem('opened')) localStorage.setItem('career-paths-editor', saved);
      sessionStorage.setItem('opened', '1');
    },
    JSON.stringify({ dataset, settings: { script: 'self', scriptUrl: 'https://www.example.edu/career-paths.js' } }),
  );
  await page.goto(`${server.origin}/dist/editor.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('button')].some((button) => button.textContent.trim() === 'Copy snippet'));
  return page;
}

const rows = [];
for (const [name, dataset] of [
  ['example', example],
  ['small', small],
]) {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ]) {
    const page = await open(dataset, width, height);
    const figures = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, sideways: document.documentElement.scrollWidth > innerWidth }));
    let tabs = 0;
    let copyAt = 0;
    if (width === 1440) {
      // Tab from the top of the page until "Copy snippet" has focus, and on round the whole page.
      await page.evaluate(() => document.activeElement?.blur());
      for (let stop = 1; stop < 2000; stop++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => (document.activeElement === document.body ? 'end' : document.activeElement?.textContent?.trim()));
        if (at === 'Copy snippet') copyAt = stop;
        if (at === 'end') break;
        tabs = stop;
      }
      // Where the preview is while the first criterion's first field is edited.
      await page.evaluate(() => {
        const field = [...document.querySelectorAll('input, textarea')].find((input) =>
          /criteri/i.test(input.id + (input.closest('section')?.textContent ?? '').slice(0, 40)),
        );
        if (!field) throw new Error('No criterion field.');
        field.focus();
      });
    }
    const preview =
      width === 1440
        ? await page.evaluate(() => {
            const widget = document.querySelector('career-compare, career-picker');
            const box = widget?.getBoundingClientRect();
            return box ? `${Math.round(box.top)} px from the top` : 'none';
          })
        : '';
    rows.push({
      dataset: name,
      viewport: `${width}×${height}`,
      ...figures,
      tabStops: width === 1440 ? tabs : '',
      copySnippetAt: width === 1440 ? copyAt || 'hidden' : '',
      previewWhileEditingCriterion: preview,
    });
    await page.close();
  }
}
console.table(rows);
await browser.close();
server.close();
