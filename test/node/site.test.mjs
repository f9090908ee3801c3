// The site that `npm run site` writes, served as a static host serves it, under a public-looking
// name (school.example, which Chromium resolves to this machine): every page and every link in it
// answers (no 404), axe and IBM's Equal Access engine find nothing on any page, and the editor's
// default snippet works when pasted into a fresh page. Needs the build in dist/ (`npm test` builds
// first) and Chromium; without Chromium it is skipped, except under CI.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, paths } from '../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const isCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const HOST = 'school.example';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
const skip = !existsSync(paths.chromium) && !isCI ? `needs Chromium (${paths.chromium})` : false;

describe('the site (npm run site)', { skip }, () => {
  let dir;
  let server;
  let origin;
  let browser;
  /** Every address the pages asked for that did not answer 200 (or 304), with the page that asked. */
  const missing = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'career-paths-site-'));
    // A static host: the file, or the folder's index.html, or 404.
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      let file = join(dir, normalize(path));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file.startsWith(dir) || !existsSync(file)) {
        response.writeHead(404).end('Not found');
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain' }).end(readFileSync(file));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://${HOST}:${server.address().port}`;
    execFileSync(process.execPath, [join(root, 'scripts', 'site.mjs'), dir], { env: { ...process.env, SITE_URL: `${origin}/` }, stdio: 'ignore' });
    browser = await puppeteer.launch({ executablePath: paths.chromium, args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
  });
  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens an address in a new page, noting every response that is not found. */
  async function open(address) {
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.url()} (${response.status()}, from ${address})`);
    });
    page.on('requestfailed', (request) => {
      if (new URL(request.url()).host === new URL(origin).host) missing.push(`${request.url()} (failed, from ${address})`);
    });
    await page.goto(address, { waitUntil: 'load' });
    return page;
  }

  /** Waits until every widget on the page has rendered its view. */
  const rendered = (page) =>
    page.waitForFunction(() =>
      [...document.querySelectorAll('career-compare, career-picker')].every((element) => element.shadowRoot?.querySelector('table, fieldset, [part~="error"]')),
    );

  it('should answer every page and every link of the site, from the landing page at /', async () => {
    const seen = new Set();
    const queue = [`${origin}/`];
    const pages = [];
    while (queue.length) {
      const address = queue.shift();
      const key = address.replace(/#.*$/, '');
      if (seen.has(key)) continue;
      seen.add(key);
      const { pathname } = new URL(key);
      if (!pathname.endsWith('/') && !pathname.endsWith('.html')) {
        // A file, not a page: asked for as a download would ask, straight from the server.
        const { status } = await fetch(key.replace(HOST, '127.0.0.1'));
        if (status !== 200) missing.push(`${key} (${status})`);
        continue;
      }
      const page = await open(key);
      pages.push(key);
      const links = await page.$$eval('a[href], link[href]', (links) => links.map((link) => link.href));
      for (const link of links) if (new URL(link).host === new URL(origin).host) queue.push(link);
      await page.close();
    }
    assert.deepEqual(missing, []);
    for (const path of ['/', '/demo/', '/demo/es.html', '/dist/editor.html', '/schema/v1.json', '/dist/embed.js', '/dist/THIRD-PARTY-NOTICES'])
      assert.ok(seen.has(`${origin}${path}`), `the site links to ${path}`);
    assert.ok(pages.length >= 6, pages.join(' '));
    const schema = JSON.parse(readFileSync(join(dir, 'schema', 'v1.json'), 'utf8'));
    assert.deepEqual(schema, JSON.parse(readFileSync(join(root, 'data', 'schema.json'), 'utf8')));
  });

  for (const path of [
    '/',
    '/demo/',
    '/demo/es.html',
    '/demo/themed.html',
    '/demo/builder.html',
    '/dist/editor.html',
    '/dist/embed.html?widget=compare&src=../data/healthcare-management-vs-administration.json',
    '/dist/embed.html?widget=picker&src=../data/healthcare-management-vs-administration.es.json',
  ])
    it(`${path} => axe and IBM Equal Access find nothing, no request is missing`, async () => {
      const before = missing.length;
      const page = await open(`${origin}${path}`);
      await rendered(page);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const axe = await page.evaluate(async () => {
        const { violations } = await window.axe.run(document);
        return violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(axe, []);
      await page.addScriptTag({ path: require.resolve('accessibility-checker-engine/ace.js') });
      const ibm = await page.evaluate(async () => {
        const report = await new window.ace.Checker().check(document, ['IBM_Accessibility']);
        return report.results.filter((result) => result.value[1] === 'FAIL').map((result) => `${result.ruleId}: ${result.path.dom}`);
      });
      assert.deepEqual(ibm, []);
      assert.deepEqual(missing.slice(before), []);
      await page.close();
    });

  it('should give, by default, a snippet that loads the career-paths.js beside the editor and works in a fresh page', async () => {
    const editor = await open(`${origin}/dist/editor.html`);
    await editor.waitForFunction(() => document.querySelector('#snippet')?.value);
    const snippet = await editor.$eval('#snippet', (output) => output.value);
    await editor.close();
    assert.match(snippet, new RegExp(`^<script src="${origin}/dist/career-paths\\.js" defer></script>\\n<career-compare[ >]`));
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A program page</title></head><body><main><h1>Programs</h1>${snippet}</main></body></html>`,
    );
    await page.waitForFunction(() => document.querySelector('career-compare')?.shadowRoot?.querySelectorAll('th[scope="col"]').length === 2);
    const headers = await page.$eval('career-compare', (element) =>
      [...element.shadowRoot.querySelectorAll('th[scope="col"]')].map((th) => th.textContent.trim()),
    );
    assert.deepEqual(headers, ['Healthcare Management', 'Healthcare Administration']);
    await page.close();
  });
});
