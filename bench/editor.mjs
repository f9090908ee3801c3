// How fast the dataset editor answers typing with a large dataset: the time from a key pressed in
// a field to the preview showing the change, with the generated dataset (8 paths, 40 criteria,
// 1,000 roles) restored from the browser's storage; and, with a file made to slow the editor down
// (10,000 paths, all with the id "A": 20,000 problems, so no preview), the time from a key to the
// field's problem being shown again. A benchmark, not a test: it prints figures and
// fails only when it cannot measure. Each figure is the median of RUNS key presses (default 15)
// with its interquartile range.
//
//   npm run build && node bench/editor.mjs
//   RUNS=31 node bench/editor.mjs
//   TAG=career-picker node bench/editor.mjs   # preview the picker instead of the comparison
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate.mjs';
import { launchChromium, root, serve, summary } from './harness.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const TAG = process.env.TAG ?? 'career-compare';
for (const file of ['dist/editor.html', 'dist/editor.js', 'dist/career-paths.js'])
  if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\`.`);

const server = await serve();
const { origin } = server;
const browser = await launchChromium();

/** A figure's median and quartiles, as the table shows them. */
const figure = (values) => {
  const { median, q1, q3 } = summary(values);
  return `${median.toFixed(1)} ms [${q1.toFixed(1)}–${q3.toFixed(1)}]`;
};

/**
 * Opens the built editor (dist/editor.html, as a school would host it) with the large dataset
 * saved in the browser, and times RUNS key presses in the field `selector`.
 */
async function measure(label, selector, open, dataset = generate()) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const saved = JSON.stringify({ dataset, settings: { tag: TAG } });
  await page.evaluateOnNewDocument((saved) => localStorage.setItem('career-paths-editor', saved), saved);
  const started = performance.now();
  await page.goto(`${origin}/dist/editor.html`);
  await page.waitForFunction(
    (tag) => document.querySelector(`#preview > ${tag}`)?.shadowRoot?.querySelector('[part~="title"]') || document.querySelector('#problems'),
    { timeout: 60_000 },
    TAG,
  );
  const opened = performance.now() - started;
  // An item of a long list is closed until it is opened, as a person opens it.
  if (open) await page.click(open);
  await page.waitForSelector(selector);
  await page.focus(selector);
  await page.keyboard.press('End');

  const typed = [];
  const painted = [];
  for (let run = 0; run < RUNS; run++) {
    // Armed in the page before the key is sent: from the keydown to the preview's text showing the
    // field's new value, then to the start of the next frame, where it is painted.
    await page.evaluate(
      (selector, tag) => {
        window.measured = new Promise((resolve) => {
          const field = document.querySelector(selector);
          // With problems, the preview keeps the last good version: the list of problems shows the change.
          // The preview follows the field edited: a role's field shows the picker, whatever TAG is.
          const preview = document.querySelector('#problems') ?? document.querySelector(`#preview > ${tag}, #preview > career-picker`).shadowRoot;
          let start;
          field.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
          const observer = new MutationObserver(() => {
            if (start === undefined || !preview.textContent.includes(field.value)) return;
            const shown = performance.now() - start;
            observer.disconnect();
            requestAnimationFrame(() => resolve([shown, performance.now() - start]));
          });
          observer.observe(preview, { subtree: true, childList: true, characterData: true });
          setTimeout(() => resolve([]), 10_000);
        });
      },
      selector,
      TAG,
    );
    await page.keyboard.type(String(run % 10));
    const [shown, frame] = await page.evaluate(() => window.measured);
    if (shown == null) throw new Error(`The preview did not show what was typed in ${label} within 10 s.`);
    typed.push(shown);
    painted.push(frame);
  }
  await page.close();
  console.log(`| ${label} | ${figure(typed)} | ${figure(painted)} | ${(opened / 1000).toFixed(1)} s |`);
}

console.log(`Editor, generated dataset (8 paths, 40 criteria, 1,000 roles), preview <${TAG}>, ${RUNS} key presses each, median [IQR]`);
console.log('');
console.log('| typing in | key to preview updated | key to next frame | editor opened in |');
console.log('|---|---|---|---|');
try {
  await measure('Title', '#field-title');
  await measure('Role title (role 500)', '#field-roles-499-title', '#field-roles > li:nth-child(500) summary');
  const paths = Array.from({ length: 10000 }, (_, i) => ({ id: 'A', name: `Path ${i + 1}` }));
  await measure('Path name (path 1 of 10,000, all with the id "A")', '#field-paths-0-name', '#field-paths > li:nth-child(1) summary', {
    version: 1,
    title: 'Ten thousand paths',
    paths,
  });
} finally {
  await browser.close();
  server.close();
}
