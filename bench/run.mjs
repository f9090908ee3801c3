// `npm run bench`: how fast the built widgets render, beside the same content as static HTML, and
// how much layout shift they cause. A benchmark, not a test: it prints figures and fails only when
// it cannot measure. Each figure is the median of RUNS runs (default 15) with its interquartile range.
//
//   npm run bench             # builds dist/, then measures in headless Chromium
//   RUNS=31 node bench/run.mjs
//   CASES=picker npm run bench  # only some groups: compare, picker, shift
//   BASELINE=other/career-paths.js CASES=picker node bench/run.mjs
//                             # the picker's changes with another build of the drop-in file too,
//                             # in the same run, to weigh a change against what it replaces
//
// A run of every group writes its tables into README.md (between `<!-- bench:start -->` and
// `<!-- bench:end -->`), so that the figures there are the bench's own.
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { importTs } from '../scripts/load-ts.mjs';
import { writeReadmeBlock } from '../scripts/readme-block.mjs';
import { generate } from './generate.mjs';
import { launchChromium, root, serve, summary, types } from './harness.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
/** Which groups to measure: `CASES=picker` or `CASES=compare,shift`; all by default. */
const CASES = (process.env.CASES ?? 'compare,picker,shift').split(',');
const healthcare = JSON.parse(readFileSync(join(root, 'data/healthcare-management-vs-administration.json'), 'utf8'));
const large = generate();
/** Another build of the drop-in file to measure beside dist/, served as /bench/baseline.js. */
const BASELINE = process.env.BASELINE;

const { validate } = await importTs('src/dataset/validate.ts');
for (const [name, dataset] of [
  ['healthcare', healthcare],
  ['generated', large],
]) {
  const result = validate(dataset);
  if (!result.ok) throw new Error(`The ${name} dataset is not valid: ${JSON.stringify(result.issues.slice(0, 3))}`);
}
if (!existsSync(join(root, 'dist/career-paths.js'))) throw new Error('dist/career-paths.js is missing: run `npm run build`.');

// --- a static server for the project folder, on a free port ------------------------------------

/**
 * The demo page with each widget's light-DOM fallback replaced: `fallback=none` leaves it out;
 * `fallback=sized` wraps the demo's own fallback in a box of the height the widget renders at
 * (`compare=` and `picker=`, measured on the demo page), as a school may size a static fallback.
 */
function demoVariant(query) {
  const demo = readFileSync(join(root, 'demo/index.html'), 'utf8').replace('<head>', '<head><base href="/demo/" />');
  return demo.replace(/(<career-(compare|picker)\b[^>]*>)([^]*?)(<\/career-\2>)/g, (_, open, kind, fallback, close) =>
    query.get('fallback') === 'sized' ? `${open}<div style="height: ${Number(query.get(kind))}px; overflow: hidden">${fallback}</div>${close}` : open + close,
  );
}

const server = await serve((path, query) => {
  if (path === '/bench/large.json') return { type: types['.json'], body: JSON.stringify(large) };
  // The bench page without the drop-in file, to time loading it.
  if (path === '/bench/bare.html')
    return { type: types['.html'], body: readFileSync(join(root, 'bench/index.html'), 'utf8').replace(/<script src=[^>]*><\/script>/, '') };
  if (path === '/bench/demo.html') return { type: types['.html'], body: demoVariant(query) };
  if (path === '/bench/baseline.js' && BASELINE) return { type: types['.js'], body: readFileSync(BASELINE, 'utf8') };
  if (path === '/bench/baseline.html')
    return {
      type: types['.html'],
      body: readFileSync(join(root, 'bench/index.html'), 'utf8').replace(/<script src=[^>]*>/, '<script src="/bench/baseline.js">'),
    };
  return undefined;
});
const { origin } = server;
const browser = await launchChromium();

// --- statistics ------------------------------------------------------------------------------

const ms = ({ median, q1, q3 }) => `${median.toFixed(2)} ms (${q1.toFixed(2)}–${q3.toFixed(2)})`;

/** Opens a page of the bench server (by default bench/index.html, which loads the dist file) in a new tab. */
async function benchPage(url = '/bench/', viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(origin + url, { waitUntil: 'load' });
  return page;
}

// In-page helpers, defined on each bench page. They use only the public contract: the tags,
// attributes, the `data` property, parts, native inputs in [part=filters] and updateComplete.
const helpers = () => {
  /** Waits until `ready()` holds and the element has no update pending. */
  window.settle = async (element, ready = () => true) => {
    const deadline = performance.now() + 10_000;
    for (let spins = 0; ; spins++) {
      const done = await element.updateComplete;
      if (done && ready()) return;
      if (performance.now() > deadline) throw new Error(`<${element.localName}> did not render`);
      // The dataset arrives in a microtask; anything slower than that waits for a task.
      await (spins < 100 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve)));
    }
  };
  /** The markup of a shadow root's content, without Lit's comment markers. */
  window.markupOf = (node) => node.innerHTML.replace(/<!--[^]*?-->/g, '');
};

// --- <career-compare>: first render beside static HTML ----------------------------------------

/** The element's rendered markup and style sheets, from an unmeasured page, for the static copy. */
async function compareMarkup(dataUrl) {
  const page = await benchPage();
  await page.evaluate(helpers);
  const copy = await page.evaluate(async (dataUrl) => {
    const element = document.createElement('career-compare');
    element.setAttribute('layout', 'table');
    element.data = await (await fetch(dataUrl)).json();
    document.getElementById('stage').append(element);
    await settle(element, () => element.shadowRoot?.querySelector('table[part~="table"], section'));
    const css = element.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    return { markup: markupOf(element.shadowRoot), css: css.join('\n') };
  }, dataUrl);
  await page.close();
  return copy;
}

/**
 * One run in a fresh page, as a visitor's first view: the element's first render, and the same
 * markup and styles as static HTML (parsing the style sheet is in both), in alternating order.
 */
async function compareRun(dataUrl, { markup, css }, staticFirst) {
  const page = await benchPage();
  await page.evaluate(helpers);
  return page
    .evaluate(
      async (dataUrl, markup, css, staticFirst) => {
        const data = await (await fetch(dataUrl)).json();
        const stage = document.getElementById('stage');
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const widget = async () => {
          const start = performance.now();
          const element = document.createElement('career-compare');
          element.setAttribute('layout', 'table');
          element.data = data;
          stage.append(element);
          await settle(element, () => element.shadowRoot?.querySelector('table[part~="table"], section'));
          const built = performance.now();
          element.offsetHeight;
          const end = performance.now();
          return { total: end - start, build: built - start, layout: end - built };
        };
        const copy = () => {
          const start = performance.now();
          const host = document.createElement('div');
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          host.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
          host.shadowRoot.innerHTML = markup;
          stage.append(host);
          const built = performance.now();
          host.offsetHeight;
          const end = performance.now();
          return { total: end - start, build: built - start, layout: end - built };
        };
        const pair = async () => {
          if (staticFirst) {
            const time = copy();
            return { static: time, widget: await widget() };
          }
          const time = await widget();
          return { widget: time, static: copy() };
        };
        // The first pair pays for a first view (Lit preparing the templates); the second does not.
        return { cold: await pair(), warm: await pair() };
      },
      dataUrl,
      markup,
      css,
      staticFirst,
    )
    .finally(() => page.close());
}

async function benchCompare(label, dataUrl) {
  const copy = await compareMarkup(dataUrl);
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await compareRun(dataUrl, copy, run % 2 === 1));
  const row = (kind, label) => ({
    label,
    widget: summary(runs.map((r) => r[kind].widget.total)),
    static: summary(runs.map((r) => r[kind].static.total)),
    target: 1.5,
  });
  // What only a first comparison pays (Lit preparing its templates, the first run of the code):
  // the first render less the second's, run by run.
  const once = summary(runs.map((r) => r.cold.widget.total - r.warm.widget.total));
  // A cold first render in two steps: making the DOM (the widget: the update, which validates the
  // data and renders; the static twin: the style sheet and innerHTML), then style and layout.
  const steps = Object.fromEntries(
    ['widget', 'static'].flatMap((side) => ['build', 'layout'].map((step) => [`${side} ${step}`, summary(runs.map((r) => r.cold[side][step]))])),
  );
  return { rows: [row('cold', label), row('warm', `${label}, a second one on the page`)], once, steps };
}

/**
 * Where a cold first comparison's time goes, from a Chromium trace of its render (traced runs,
 * apart from the timed ones: tracing slows a page down): compiling functions on their first call
 * (V8.CompileCode), style and layout (UpdateLayoutTree, Layout), and the whole render.
 */
async function benchCompareTrace(dataUrl) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await benchPage();
    await page.evaluate(helpers);
    const data = await page.evaluate(async (dataUrl) => (window.benchData = await (await fetch(dataUrl)).json()) && true, dataUrl);
    if (!data) throw new Error('no data');
    await page.tracing.start({ categories: ['v8', 'disabled-by-default-v8.compile', 'devtools.timeline', 'blink.user_timing'] });
    const total = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      performance.mark('render-start');
      const start = performance.now();
      const element = document.createElement('career-compare');
      element.setAttribute('layout', 'table');
      element.data = window.benchData;
      document.getElementById('stage').append(element);
      await settle(element, () => element.shadowRoot?.querySelector('table[part~="table"], section'));
      element.offsetHeight;
      const time = performance.now() - start;
      performance.mark('render-end');
      return time;
    });
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
    await page.close();
    const mark = (name) => events.find((event) => event.name === name);
    const [from, to] = [mark('render-start'), mark('render-end')];
    const spent = (...names) =>
      events
        .filter((e) => e.ph === 'X' && e.tid === from.tid && e.ts >= from.ts && e.ts <= to.ts && names.includes(e.name))
        .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
    runs.push({ total, compile: spent('V8.CompileCode'), layout: spent('UpdateLayoutTree', 'Layout') });
  }
  return { total: summary(runs.map((r) => r.total)), compile: summary(runs.map((r) => r.compile)), layout: summary(runs.map((r) => r.layout)) };
}

/** Loading the drop-in file in a fresh page: parsing, compiling and running it (both elements defined). */
async function benchScriptLoad() {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await benchPage('/bench/bare.html');
    times.push(
      await page.evaluate(async () => {
        const code = await (await fetch('/dist/career-paths.js')).text();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const start = performance.now();
        const script = document.createElement('script');
        script.textContent = code;
        document.head.append(script);
        if (!customElements.get('career-picker')) throw new Error('the drop-in file did not define its elements');
        return performance.now() - start;
      }),
    );
    await page.close();
  }
  return summary(times);
}

// --- <career-picker>: a filter change with 1,000 roles -----------------------------------------

/**
 * Each run: bring the picker to `before` (unmeasured), click one input, wait for the update and
 * layout. The static copy replaces a list's items with the same markup, from the same before-state.
 */
async function benchPicker(label, scenario, url = '/bench/') {
  const page = await benchPage(url);
  await page.evaluate(helpers);
  const runs = await page.evaluate(
    async (scenario, runs) => {
      const data = await (await fetch('/bench/large.json')).json();
      const stage = document.getElementById('stage');
      const picker = document.createElement('career-picker');
      picker.data = data;
      stage.append(picker);
      const shadow = () => picker.shadowRoot;
      const results = () => shadow().querySelector('[part~="results"]');
      await settle(picker, () => results()?.querySelector('[part~="role"]'));
      const radios = () => [...shadow().querySelectorAll('[part~="filters"] input[type="radio"]')];
      const checkboxes = () => [...shadow().querySelectorAll('[part~="filters"] input[type="checkbox"]')];
      const roles = () => results().querySelectorAll('[part~="role"]').length;
      /** Waits until the list holds every role of the path (an older picker grew it over frames). */
      const complete = async () => {
        const all = data.roles.filter((role) => !picker.path || role.path === picker.path).length;
        await settle(picker);
        while (roles() < all) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await settle(picker);
        }
      };
      const click = async (input) => {
        input.click();
        await complete();
      };
      await complete();
      // Each scenario: the input that sets the state before, and the one clicked and measured.
      const steps = {
        'one path': (run) => [radios()[0], radios()[1 + (run % (radios().length - 1))]],
        'all paths': (run) => [radios()[1 + (run % (radios().length - 1))], radios()[0]],
        interest: (run) => [radios()[0], checkboxes()[run % checkboxes().length]],
      }[scenario];
      if (scenario === 'interest' && !checkboxes().length) throw new Error('the picker shows no interest checkboxes');

      // The static copy: a shadow host with the picker's style sheets.
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).adoptedStyleSheets = shadow().adoptedStyleSheets;
      stage.append(host);
      const out = [];
      for (let run = 0; run < runs; run++) {
        for (const box of checkboxes()) if (box.checked) await click(box);
        const [setup, measured] = steps(run);
        if (!setup.checked) await click(setup);
        const before = markupOf(results());
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

        let start = performance.now();
        measured.click();
        await settle(picker);
        const update = performance.now() - start;
        picker.offsetHeight;
        const first = performance.now() - start;
        const firstMarkup = markupOf(results());
        const firstShown = roles();
        await complete();
        picker.offsetHeight;
        const widget = performance.now() - start;
        const after = markupOf(results());

        /** The static copy: the list's items replaced by the same markup, from the same before-state. */
        const copy = async (markup) => {
          const list = results().cloneNode(false);
          host.shadowRoot.replaceChildren(list);
          list.innerHTML = before;
          host.offsetHeight;
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
          const start = performance.now();
          list.innerHTML = markup;
          host.offsetHeight;
          return performance.now() - start;
        };
        out.push({ update, first, firstStatic: await copy(firstMarkup), firstShown, widget, static: await copy(after), shown: roles() });
        host.shadowRoot.replaceChildren();
      }
      return out;
    },
    scenario,
    RUNS,
  );
  await page.close();
  const range = (key) => {
    const [fewest, most] = [Math.min(...runs.map((r) => r[key])), Math.max(...runs.map((r) => r[key]))];
    return fewest === most ? fewest.toLocaleString('en') : `${fewest.toLocaleString('en')}–${most.toLocaleString('en')}`;
  };
  // Every role is in the list as soon as the update is done: the first view is the whole list.
  if (runs.some((r) => r.firstShown !== r.shown)) throw new Error(`${label}: the list was not complete after one update`);
  return [
    {
      label: `${label}: every role in the list (${range('shown')})`,
      widget: summary(runs.map((r) => r.widget)),
      static: summary(runs.map((r) => r.static)),
      target: 'ratio ≤ 1.0',
      update: summary(runs.map((r) => r.update)),
    },
  ];
}

// --- layout shift on the demo page -------------------------------------------------------------

/** The cumulative layout shift of a page until both widgets have rendered and settled. */
async function layoutShift(url, viewport) {
  const page = await benchPage(url, viewport);
  await page.evaluate(helpers);
  const result = await page.evaluate(async () => {
    const compare = document.querySelector('career-compare');
    const picker = document.querySelector('career-picker');
    await settle(compare, () => compare.shadowRoot?.querySelector('[part~="table"], section'));
    await settle(picker, () => picker.shadowRoot?.querySelector('[part~="results"] [part~="role"]'));
    // Shifts are reported after the frame that shows them: let a few frames pass.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    let cls = 0;
    await new Promise((resolve) => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
        resolve();
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(resolve, 200);
    });
    return { cls, compare: compare.getBoundingClientRect().height, picker: picker.getBoundingClientRect().height };
  });
  await page.close();
  return result;
}

async function benchLayoutShift(viewportName, viewport) {
  const runs = { demo: [], none: [], sized: [] };
  for (let run = 0; run < Math.min(RUNS, 5); run++) {
    const demo = await layoutShift('/demo/', viewport);
    runs.demo.push(demo.cls);
    runs.none.push((await layoutShift('/bench/demo.html?fallback=none', viewport)).cls);
    const sized = `/bench/demo.html?fallback=sized&compare=${demo.compare}&picker=${demo.picker}`;
    runs.sized.push((await layoutShift(sized, viewport)).cls);
  }
  return [
    { label: `demo page as it is, ${viewportName}`, cls: summary(runs.demo).median, target: 'report' },
    { label: `demo page, no fallback, ${viewportName}`, cls: summary(runs.none).median, target: 'report' },
    { label: `demo page, fallbacks of the widgets' own height, ${viewportName}`, cls: summary(runs.sized).median, target: '0' },
  ];
}

// --- run and print ---------------------------------------------------------------------------

try {
  const machine = `Chromium ${(await browser.version()).replace(/^\D+/, '')}, ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${RUNS} runs`;
  console.log(`${machine}\n`);
  const out = [];
  const timings = [];
  const notes = [];
  if (CASES.includes('compare')) {
    const load = await benchScriptLoad();
    const traced = await benchCompareTrace('/data/healthcare-management-vs-administration.json');
    const healthcare = await benchCompare(
      '`<career-compare>` first render, healthcare (2 paths × 7 criteria, 10 roles)',
      '/data/healthcare-management-vs-administration.json',
    );
    const generated = await benchCompare('`<career-compare>` first render, generated (8 paths × 40 criteria, 1,000 roles)', '/bench/large.json');
    timings.push(...healthcare.rows, ...generated.rows);
    notes.push(
      `- Loading the drop-in file (parsing, compiling and running it, both elements defined) takes ${ms(load)}, before any element renders.`,
      `- A cold first comparison of the healthcare dataset, traced (which slows it: ${ms(traced.total)}), spends ${ms(traced.compile)} compiling functions on their first call (V8.CompileCode) and ${ms(traced.layout)} on style and layout (UpdateLayoutTree, Layout), which the static twin pays too.`,
      `- Of a first comparison's render, the work that only the first one on a page does (Lit preparing its templates, the first run of the code) is the first render less the second's: ${ms(healthcare.once)} for the healthcare dataset, ${ms(generated.once)} for the generated one.`,
      `- A cold first comparison of the healthcare dataset in two steps. Making the DOM: the widget's first update (validating the data, then rendering) ${ms(healthcare.steps['widget build'])}, the static twin's style sheet and \`innerHTML\` ${ms(healthcare.steps['static build'])}. Style and layout: ${ms(healthcare.steps['widget layout'])} and ${ms(healthcare.steps['static layout'])}.`,
    );
  }
  if (CASES.includes('picker')) {
    timings.push(...(await benchPicker('`<career-picker>` all paths → one path, 1,000 roles', 'one path')));
    timings.push(...(await benchPicker('`<career-picker>` one path → all paths, 1,000 roles', 'all paths')));
    timings.push(...(await benchPicker('`<career-picker>` one interest checked, 1,000 roles', 'interest')));
    if (BASELINE) {
      timings.push(...(await benchPicker('baseline: all paths → one path', 'one path', '/bench/baseline.html')));
      timings.push(...(await benchPicker('baseline: one path → all paths', 'all paths', '/bench/baseline.html')));
      timings.push(...(await benchPicker('baseline: one interest checked', 'interest', '/bench/baseline.html')));
    }
    const pickerRows = timings.filter((t) => t.update);
    notes.push(
      `- Of each picker change, the update (ranking, then putting the roles' kept list items in order and rendering again the few whose content changed) takes ${pickerRows.map((t) => ms(t.update)).join(', ')} in the order of the rows; style and layout take the rest.`,
    );
  }
  out.push('| measure | widget, median (IQR) | static HTML, median (IQR) | ratio | target |');
  out.push('|---|---|---|---|---|');
  for (const t of timings) {
    const ratio = t.widget.median / t.static.median;
    const target = typeof t.target === 'number' ? `ratio ≤ ${t.target}` : t.target === 'report' ? 'report' : t.target;
    out.push(`| ${t.label} | ${ms(t.widget)} | ${ms(t.static)} | ${ratio.toFixed(2)} | ${target} |`);
  }
  if (notes.length) out.push('', ...notes);

  if (CASES.includes('shift')) {
    const shifts = [
      ...(await benchLayoutShift('1280×800', { width: 1280, height: 800 })),
      ...(await benchLayoutShift('390×844 phone', { width: 390, height: 844, isMobile: true, hasTouch: true })),
    ];
    out.push('', '| layout shift | CLS, median | target |', '|---|---|---|');
    for (const s of shifts) out.push(`| ${s.label} | ${s.cls.toFixed(4)} | ${s.target} |`);
  }
  console.log(out.join('\n'));
  if (['compare', 'picker', 'shift'].every((group) => CASES.includes(group)) && !BASELINE) {
    writeReadmeBlock('bench', [`${machine}, ${new Date().toISOString().slice(0, 10)}:`, '', ...out].join('\n'));
    console.log('\nWrote these tables into README.md.');
  }
} finally {
  await browser.close();
  server.close();
}
