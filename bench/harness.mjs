// What every benchmark here needs: a static server for the project folder and headless Chromium
// from the one list of browsers, and the statistics of the figures.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, paths } from '../scripts/browsers.mjs';

export const root = new URL('..', import.meta.url).pathname;

export const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Cross-origin isolation gives performance.now() a 5 µs resolution instead of 100 µs. */
const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' };

/**
 * Serves the project folder on a free loopback port; `answer(path, query)` may give a page of its
 * own for a path, as `{ type, body }`. Resolves to the server's origin and a way to stop it.
 */
export async function serve(answer = () => undefined) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const path = normalize(decodeURIComponent(url.pathname));
    const own = answer(path, url.searchParams);
    if (own) {
      response.writeHead(200, { ...headers, 'Content-Type': own.type }).end(own.body);
      return;
    }
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless Chromium, started as the tests start it. */
export const launchChromium = () => puppeteer.launch({ executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS });

const quantile = (sorted, q) => {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};

/** The median and the quartiles of a list of figures. */
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
}
