// Chromium (DevTools protocol) and Firefox ESR (WebDriver BiDi), both through puppeteer-core and
// the browsers Debian installs.
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, paths } from '../../scripts/browsers.mjs';

/**
 * BiDi commands that an engine may refuse without harm, each with the reason.
 *
 * puppeteer-core's BiDi `page.setViewport()` sends `emulation.setScreenOrientationOverride`
 * together with `browsingContext.setViewport`. Firefox ESR 140 does not know that command and
 * answers "unknown command", which failed every test file before its first test. The viewport is
 * set by the other command, and no test depends on the screen orientation, so exactly that one
 * refusal is let through; any other error still fails the run (and scripts/test.mjs names the
 * engine and the refused command in one line).
 */
const TOLERATED = {
  'emulation.setScreenOrientationOverride': 'sent by setViewport beside the viewport itself',
};
const noted = new Set();

/** Whether an error is the browser refusing `command` as unknown. */
const isUnknownCommand = (error, command) => error instanceof puppeteer.ProtocolError && error.message.includes(`unknown command ${command}`);

/** Lets the page's main browsing context shrug off the tolerated refusals, noting each once. */
function tolerateRefusals(page, engine) {
  const context = page.mainFrame().browsingContext;
  for (const [command, reason] of Object.entries(TOLERATED)) {
    const method = command.split('.')[1];
    const original = context[method];
    context[method] = function (...args) {
      return original.apply(this, args).catch((error) => {
        if (!isUnknownCommand(error, command)) throw error;
        if (!noted.has(command)) console.log(`${engine}: the browser refuses ${command} (${reason}); going on without it.`);
        noted.add(command);
      });
    };
  }
  return page;
}

export const chromium = () =>
  Object.assign(chromeLauncher({ puppeteer, launchOptions: { executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS } }), {
    engine: 'chromium',
  });

export const firefox = () =>
  Object.assign(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
      createPage: async ({ context }) => tolerateRefusals(await context.newPage(), 'Firefox'),
    }),
    { engine: 'firefox' },
  );
