// Firefox ESR through puppeteer-core (WebDriver BiDi).
//
// puppeteer-core's BiDi `page.setViewport()` sends `emulation.setScreenOrientationOverride`
// together with `browsingContext.setViewport`. Firefox ESR 140 does not know that command and
// answers "unknown command", which failed every test file before its first test. The viewport
// itself is set by the other command, and no test here depends on the screen orientation, so
// exactly that one refusal is let through; any other error still fails the run.
import { ProtocolError } from 'puppeteer-core';

/** The BiDi commands an engine may refuse without harm, each with the reason. */
const TOLERATED = {
  'emulation.setScreenOrientationOverride': 'sent by setViewport beside the viewport itself',
};

const noted = new Set();

/** Whether an error is the browser refusing `command` as unknown. */
export function isUnknownCommand(error, command) {
  return error instanceof ProtocolError && error.message.includes(`unknown command ${command}`);
}

/** Lets the main frame's browsing context shrug off the tolerated refusals, once noted. */
export function tolerateRefusals(page, engine) {
  const context = page.mainFrame().browsingContext;
  for (const command of Object.keys(TOLERATED)) {
    const method = command.split('.')[1];
    const original = context[method];
    if (typeof original !== 'function') continue;
    context[method] = function (...args) {
      return original.apply(this, args).catch((error) => {
        if (!isUnknownCommand(error, command)) throw error;
        if (!noted.has(command)) {
          noted.add(command);
          console.log(`${engine}: the browser refuses ${command} (${TOLERATED[command]}); going on without it.`);
        }
      });
    };
  }
  return page;
}
