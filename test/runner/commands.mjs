// Test-runner commands beyond @web/test-runner-commands' defaults (Chromium only).

/**
 * `a11ySnapshot({ selector, interestingOnly: false })`: the whole accessibility tree, with the
 * tables, rows and cells that puppeteer's default "interesting only" snapshot leaves out.
 */
export const fullA11ySnapshot = {
  name: 'a11y-snapshot-full',
  async executeCommand({ command, payload, session }) {
    if (command !== 'a11y-snapshot' || payload?.interestingOnly !== false || session.browser.type !== 'puppeteer') return undefined;
    const page = session.browser.getPage(session.id);
    const root = payload.selector ? await page.$(payload.selector) : null;
    return page.accessibility.snapshot({ interestingOnly: false, ...(root && { root }) });
  },
};

const cdpSessions = new WeakMap();

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')`: emulates forced colours in Chromium
 * (wtr's `emulateMedia` passes `forcedColors` on to Playwright only). Puppeteer's
 * emulateMediaFeatures does not know this feature, so the DevTools protocol is asked; the
 * emulation lasts as long as the protocol session, so that is kept for the page.
 */
export const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors' || session.browser.engine !== 'chromium') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
    return true;
  },
};

/**
 * `executeServerCommand('renderer-memory', 'reset' | 'peak')`: the memory that Chromium's
 * renderer processes hold, as Linux counts it (JavaScript's heap, array buffers and the engine's
 * own allocations alike). `reset` sets each renderer's high-water mark back to what it holds now
 * (`/proc/PID/clear_refs`); `peak` gives `{ grew }`: for the renderer that grew the most since,
 * how much it grew at most, in bytes. Chromium on Linux only: elsewhere `grew` is null. (A command
 * that returns null or undefined counts as unknown to the test runner, hence the objects.)
 */
let heldAtReset = new Map();
export const rendererMemory = {
  name: 'renderer-memory',
  async executeCommand({ command, payload, session }) {
    if (command !== 'renderer-memory') return undefined;
    if (session.browser.engine !== 'chromium' || process.platform !== 'linux') return { grew: null };
    const { readFileSync, writeFileSync } = await import('node:fs');
    const page = session.browser.getPage(session.id);
    const cdp = await page.browser().target().createCDPSession();
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    await cdp.detach();
    const renderers = processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
    const status = (pid, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    if (payload === 'reset') {
      heldAtReset = new Map();
      for (const pid of renderers) {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
        heldAtReset.set(pid, status(pid, 'VmRSS'));
      }
      return { held: Object.fromEntries(heldAtReset) };
    }
    return { grew: Math.max(0, ...renderers.filter((pid) => heldAtReset.has(pid)).map((pid) => status(pid, 'VmHWM') - heldAtReset.get(pid))) };
  },
};
