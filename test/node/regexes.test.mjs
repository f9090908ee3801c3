// Every regular expression of src/ against 1 MB of input made to make it backtrack: a run of one
// character (spaces, controls, dashes, `=`, `#`…) or of a repeated prefix, between characters the
// pattern cannot end on. Each must answer within 100 ms: a linear pattern takes a few
// tens of milliseconds on 1 MB, one that backtracks quadratically takes minutes (the same 1 MB of spaces
// after "/" froze `withParams` in the link helper). The patterns run in a worker, so that a
// pattern that hangs fails this test instead of hanging it.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { regexes } from '../../scripts/regexes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MB = 1 << 20;
const BUDGET_MS = 100;
/** How long the worker may stay silent before the pattern it is running counts as hanging. */
const HANG_MS = 5000;

const RUNS = [' ', '\0', '\t', '\n', '-', '=', '#', '?', '/', '.', 'a', '0', ':', '"', '\\', '[0]', 'ja', 'a.', 'java\tscript'];
const ENDS = ['\n!', '/!', '\0!', '!'];
/** 1 MB inputs: each run repeated, after `!` and before each end. */
const inputs = () => RUNS.flatMap((run) => ENDS.map((end) => ({ name: `${JSON.stringify(run)} × ${MB / run.length} + ${JSON.stringify(end)}`, run, end })));

/** Runs `code` in a worker, which posts the time of each job; resolves to the slowest time of each, or rejects naming the job that hangs. */
function timeInWorker(code, workerData, jobs) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData });
    const times = [];
    let timer;
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        worker.terminate();
        reject(new Error(`still running after ${HANG_MS} ms: ${jobs[times.length].name}`));
      }, HANG_MS);
    };
    watch();
    worker.on('message', (ms) => {
      times.push(ms);
      watch();
      if (times.length === jobs.length) {
        clearTimeout(timer);
        worker.terminate();
        resolve(times);
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The fastest of three runs: a pause for garbage collection or another process is not the pattern's. */
const FASTEST = `
const fastest = (run) => {
  let best = Infinity;
  for (let i = 0; i < 3 && best > ${BUDGET_MS}; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
};`;

const PATTERN_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
${FASTEST}
const { regexes, inputs } = workerData;
for (const { run, end } of inputs) {
  const input = '!' + run.repeat(Math.ceil(${MB} / run.length)) + end;
  for (const { source, flags } of regexes) {
    const regex = new RegExp(source, flags.replace('g', ''));
    regex.exec(input.slice(-100)); // compiled to machine code from its second use on
    parentPort.postMessage(fastest(() => regex.exec(input)));
  }
}`;

describe('regular expressions of src/', () => {
  it('each matches 1 MB of backtracking bait within 100 ms', async () => {
    const { all } = await regexes();
    assert.ok(all.length > 50, `found only ${all.length} regular expressions`);
    const unique = [...new Map(all.map((regex) => [`/${regex.source}/${regex.flags}`, regex])).values()];
    const jobs = inputs().flatMap((input) => unique.map((regex) => ({ name: `${regex.where} /${regex.source}/${regex.flags} on ${input.name}` })));
    const times = await timeInWorker(PATTERN_WORKER, { regexes: unique, inputs: inputs() }, jobs);
    const slow = jobs.map((job, i) => ({ job, ms: times[i] })).filter(({ ms }) => ms > BUDGET_MS);
    assert.deepEqual(
      slow.map(({ job, ms }) => `${job.name}: ${Math.round(ms)} ms`),
      [],
    );
  });
});

describe('the link helper', () => {
  it('adds link parameters to, and checks, links of 1 MB of spaces and controls within 100 ms', async () => {
    const bundle = await build({
      entryPoints: [join(root, 'src/shared/links.ts')],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      write: false,
      logLevel: 'error',
    });
    const code = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
${FASTEST}
const module = { exports: {} };
new Function('module', 'exports', ${JSON.stringify(bundle.outputFiles[0].text)})(module, module.exports);
const { withParams, isSafeUrl } = module.exports;
for (const { start, run, end } of workerData) {
  const input = start + run.repeat(${MB}) + end;
  withParams(start + run + end, 'utm_source=site'); // patterns are compiled to machine code from their second use on
  isSafeUrl(start + run + end);
  parentPort.postMessage(fastest(() => (withParams(input, 'utm_source=site'), isSafeUrl(input))));
}`;
    const jobs = [
      ['/', ' ', 'x'],
      ['mailto:x', ' ', 'x'],
      ['', ' ', 'mailto:x'],
      ['', '\u0001', 'x'],
      ['/', '\u0001', '\u0001x'],
      ['java', '\t', 'script:'],
    ].map(([start, run, end]) => ({ name: `${JSON.stringify(start)} + ${JSON.stringify(run)} × 1 MB + ${JSON.stringify(end)}`, start, run, end }));
    const times = await timeInWorker(code, jobs, jobs);
    const slow = jobs.map((job, i) => ({ job, ms: times[i] })).filter(({ ms }) => ms > BUDGET_MS);
    assert.deepEqual(
      slow.map(({ job, ms }) => `${job.name}: ${Math.round(ms)} ms`),
      [],
    );
  });
});
