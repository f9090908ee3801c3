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
