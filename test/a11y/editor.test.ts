// The dataset editor in each of its states, checked by two rule engines: axe-core and IBM's Equal
// Access. Each engine has rules the other lacks (IBM's names every group of fields, for one). IBM's
// engine takes about 40 s over the editor with the example, so the states after the first start
// from "New dataset", where the forms are short.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { mountEditorPage } from '../editor/helpers.js';
import { click, equalAccessFailures, isWebKit, violations, waitUntil } from '../helpers.js';

/** What IBM's engine finds failed in `context`: rule, where, and why. */
const ibm = async (context: Node) => (await equalAccessFailures(context)).map((result) => `${result.ruleId}: ${result.path.dom} (${result.message})`);

describe('the dataset editor, checked by axe and IBM Equal Access in each state', function () {
  this.timeout(180_000);
  let page: Awaited<ReturnType<typeof mountEditorPage>>;
  beforeEach(async () => {
    page = await mountEditorPage();
  });
  afterEach(() => page.remove());

  /** Both engines find nothing in `context` (the preview's elements have tests of their own). */
  async function clean(context: Element = page.main) {
    expect(await violations(context), 'axe').to.deep.equal([]);
    expect(await ibm(context), 'IBM Equal Access').to.deep.equal([]);
  }

  /** "New dataset", confirmed: a blank dataset, whose problems are listed. */
  async function blank() {
    await click(page.button('New dataset'));
    await waitUntil(() => page.$<HTMLDialogElement>('dialog').open, 'the dialog did not open');
    await click(page.$('#confirm-ok'));
    // What is missing is listed on "Check".
    await click(page.button('Check'));
    await waitUntil(() => page.$$('#problems li').length > 0, 'no problem listed');
  }

  it('at the start, with the example', async () => {
    await clean();
  });

  it('with the replace dialog open', async () => {
    await click(page.button('New dataset'));
    await waitUntil(() => page.$<HTMLDialogElement>('dialog').open, 'the dialog did not open');
    await clean(page.$('dialog'));
    await sendKeys({ press: 'Escape' });
  });

  it('after "New dataset", its problems shown', async () => {
    await blank();
    await clean();
  });

  it('after a path and a role are added', async () => {
    await blank();
    await click(page.button('Add path'));
    await sendKeys({ type: 'Nursing (ADN)' });
    await click(page.button('Add role'));
    await sendKeys({ type: 'Charge nurse' });
    await clean();
  });

  it('in the JSON view', async () => {
    await blank();
    await click(page.$('input[name="view"][value="json"]'));
    await clean();
  });

  it('on a phone', async function () {
    // WebKit cannot resize its window here (CONTRIBUTING.md).
    if (isWebKit) this.skip();
    await setViewport({ width: 390, height: 844 });
    try {
      await blank();
      await clean();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
