import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { chord, click, frame, isWebKit, selectAll, tab, text, violations, waitUntil } from '../helpers.js';
import { choose, drop, fakeClipboard, mountEditorPage, openInFreshPage } from './helpers.js';

type Page = Awaited<ReturnType<typeof mountEditorPage>>;
const KEY = 'career-paths-editor-test';

/** Shift+Ctrl+Z, as each engine can send it. */
async function redoKeys() {
  if (isWebKit) return sendKeys({ press: 'Shift+Control+z' });
  await sendKeys({ down: 'Control' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'z' });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Control' });
}

const named = (name: string) => (element: Element) => element.localName === 'button' && text(element) === name;
const labelled = (label: string) => (element: Element) => [...((element as HTMLInputElement).labels ?? [])].some((each) => text(each) === label);

/** How many times Tab was pressed, counted from where a test sets it to 0. */
const pressed = { tabs: 0 };
/** Presses Tab once, and counts it. */
async function tabOnce() {
  pressed.tabs++;
  await tab();
}

/** Presses Tab until the focus reaches what `is` looks for, as a person tabs through a form. */
async function tabTo(what: string, is: (element: Element) => boolean) {
  for (let presses = 0; presses < 150; presses++) {
    if (document.activeElement && is(document.activeElement)) return;
    await tabOnce();
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The dataset as the editor saved it in the browser. */
const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null')?.dataset;

describe('the dataset editor', () => {
  let page: Page;
  beforeEach(async () => {
    page = await mountEditorPage({ key: KEY });
  });
  afterEach(() => {
    page.remove();
    localStorage.removeItem(KEY);
  });

  describe('when it opens with nothing saved', () => {
    it('should show the example in the forms, say that work is saved, and preview it', async () => {
      expect(page.field('Title').value).to.equal('Healthcare Management vs. Healthcare Administration');
      expect(page.field('Path name', 1).value).to.equal('Healthcare Administration');
      expect(page.field('Role title').value).to.equal(page.example.roles[0].title);
      expect(text(page.$('#saved'))).to.equal('Every change is saved in this browser.');
      expect(text(page.$('#problem-count'))).to.equal('No problems.');
      const compare = page.$('#preview > career-compare');
      await waitUntil(() => compare.shadowRoot?.querySelectorAll('th[scope="col"]').length === 2, 'the preview did not render');
    });

    it('should name every control as the contract says', () => {
      for (const name of [
        'New dataset',
        'Load the example',
        'Add path',
        'Add criterion',
        'Add interest',
        'Add role',
        'Undo',
        'Redo',
        'Open JSON file',
        'Download JSON',
        'Import spreadsheet',
        'Copy snippet',
      ])
        expect(page.button(name), name).to.exist;
      for (const name of [
        'Remove role Office manager',
        'Move up role Office manager',
        'Move down role Office manager',
        'Duplicate role Office manager',
        'Remove path Healthcare Management',
        'Move down criterion Focus',
        'Remove interest Planning and strategy',
      ])
        expect(page.button(name), name).to.exist;
      for (const label of [
        'Title',
        'Path name',
        'Criterion label',
        'Interest label',
        'Role title',
        'Summary',
        'Duties',
        'O*NET-SOC code',
        'Value for Healthcare Management',
        'Source name',
      ])
        expect(page.field(label), label).to.exist;
      expect(text(page.$('#field-roles-0-path legend'))).to.equal('Role path, role 1');
    });

    it('should have no axe violation', async function () {
      this.timeout(60_000);
      expect(await violations(page.main)).to.deep.equal([]);
    });
  });

  describe('when a dataset is built with the keyboard only', () => {
    it('should go from "New dataset" to a copied snippet that renders in a fresh page', async function () {
      this.timeout(120_000);
      const clipboard = fakeClipboard();
      try {
        page.button('New dataset').focus();
        pressed.tabs = 0;
        await sendKeys({ press: 'Enter' });
        // The example is work to lose: the editor asks first, the focus on Cancel.
        expect(page.$<HTMLDialogElement>('#confirm').open).to.be.true;
        expect(text(document.activeElement)).to.equal('Cancel');
        await chord('Shift', 'Tab');
        expect(text(document.activeElement)).to.equal('New dataset');
        await sendKeys({ press: 'Enter' });
        expect(page.$<HTMLDialogElement>('#confirm').open).to.be.false;
        expect(page.field('Title').value).to.equal('');

        await tabTo('the title', labelled('Title'));
        await sendKeys({ type: 'Nursing vs. Medical Assisting' });
        for (const name of ['Nursing', 'Medical Assisting']) {
          await tabTo('"Add path"', named('Add path'));
          await sendKeys({ press: 'Enter' });
          expect(labelled('Path name')(document.activeElement!)).to.be.true;
          await sendKeys({ type: name });
        }

        await tabTo('"Add criterion"', named('Add criterion'));
        await sendKeys({ press: ' ' });
        await sendKeys({ type: 'Program length' });
        await tabTo('the value for nursing', labelled('Value for Nursing'));
        await sendKeys({ type: '2 years' });
        await tabOnce();
        await sendKeys({ type: '1 year' });

        await tabTo('"Add criterion"', named('Add criterion'));
        await sendKeys({ press: 'Enter' });
        await sendKeys({ type: 'Median pay' });
        await tabTo('the kind of value', labelled('One value per path'));
        await sendKeys({ press: 'ArrowDown' });
        await tabTo('the shared value', labelled('Value for every path'));
        await sendKeys({ type: '$60,000 per year' });

        await tabTo('"Add criterion"', named('Add criterion'));
        await sendKeys({ press: 'Enter' });
        await sendKeys({ type: 'Work setting' });
        await tabTo('the value for nursing', labelled('Value for Nursing'));
        await sendKeys({ type: 'Hospitals' });
        await sendKeys({ press: 'Enter' });
        await sendKeys({ type: 'Clinics' });
        await tabOnce();
        await sendKeys({ type: 'Clinics' });

        for (const [title, second] of [
          ['Registered nurse', false],
          ['Practical nurse', false],
          ['Medical assistant', true],
        ] as const) {
          await tabTo('"Add role"', named('Add role'));
          await sendKeys({ press: 'Enter' });
          expect(labelled('Role title')(document.activeElement!)).to.be.true;
          await sendKeys({ type: title });
          if (second) {
            await tabTo('the role path', labelled('Nursing'));
            await sendKeys({ press: 'ArrowDown' });
            await tabTo('the duties', labelled('Duties'));
            await sendKeys({ type: 'Take vital signs' });
            await sendKeys({ press: 'Enter' });
            await sendKeys({ type: 'Schedule visits' });
          }
        }

        expect(text(page.$('#problem-count'))).to.equal('No problems.');
        expect(saved()).to.deep.equal({
          version: 1,
          title: 'Nursing vs. Medical Assisting',
          paths: [
            { id: 'nursing', name: 'Nursing' },
            { id: 'medical-assisting', name: 'Medical Assisting' },
          ],
          criteria: [
            { id: 'program-length', label: 'Program length', values: { nursing: '2 years', 'medical-assisting': '1 year' } },
            { id: 'median-pay', label: 'Median pay', value: '$60,000 per year' },
            { id: 'work-setting', label: 'Work setting', values: { nursing: ['Hospitals', 'Clinics'], 'medical-assisting': 'Clinics' } },
          ],
          roles: [
            { id: 'registered-nurse', title: 'Registered nurse', path: 'nursing' },
            { id: 'practical-nurse', title: 'Practical nurse', path: 'nursing' },
            { id: 'medical-assistant', title: 'Medical assistant', path: 'medical-assisting', duties: ['Take vital signs', 'Schedule visits'] },
          ],
        });

        await tabTo('"Copy snippet"', named('Copy snippet'));
        // 126 Tab presses before "More options" held the ids, codes and sources; 114 with it.
        expect(pressed.tabs, 'Tab presses from "New dataset" to "Copy snippet"').to.be.at.most(120);
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => clipboard.written.length, 'nothing was copied');
        expect(text(page.$('#copy-status'))).to.equal('Copied');
      } finally {
        clipboard.restore();
      }

      const frame = await openInFreshPage(clipboard.written[0]);
      try {
        const compare = frame.contentDocument!.querySelector('career-compare')!;
        await waitUntil(() => compare.shadowRoot?.querySelector('th[scope="col"]'), 'the snippet did not render');
        const cells = (selector: string) => [...compare.shadowRoot!.querySelectorAll(selector)].map(text);
        expect(cells('th[scope="col"]')).to.deep.equal(['Nursing', 'Medical Assisting']);
        expect(cells('th[scope="row"]').map((header) => header.split(' Source')[0])).to.deep.equal([
          'Program length',
          'Median pay',
          'Work setting',
          'Typical roles',
        ]);
        expect(text(compare.shadowRoot!.querySelector('caption, h2'))).to.equal('Nursing vs. Medical Assisting');
      } finally {
        frame.remove();
      }
    });
  });

  describe('when a criterion has a note', () => {
    it('should show the note in its field and put a changed note beside the value in the preview', async () => {
      const note = page.field('Note', 4);
      expect(note.value).to.equal(page.example.criteria[4].note);
      await click(note);
      await selectAll();
      await sendKeys({ type: 'Median pay, May 2023' });
      const compare = page.$('#preview > career-compare');
      const notes = () => [...compare.shadowRoot!.querySelectorAll('.note')].map(text);
      await waitUntil(() => notes().includes('Median pay, May 2023'), 'the preview did not show the note');
      expect(notes().filter((shown) => shown === 'Median pay, May 2023')).to.have.length(1);
    });
  });

  describe('when a call to action should open in a new tab', () => {
    const NEW_TAB = 'Call to action: Open in a new tab';
    const boxes = () => page.$$<HTMLInputElement>('input[type="checkbox"]').filter(labelled(NEW_TAB));
    /** The legend of the fieldset that holds an element: what a screen reader says on entering it. */
    const group = (element: Element) => text(element.closest('fieldset')!.querySelector('legend'));

    it('should offer a checkbox beside each call to action, named for it', () => {
      expect(boxes().map(group)).to.deep.equal([
        "Call to action under the picker's roles",
        'Path 1: Healthcare Management',
        'Path 2: Healthcare Administration',
        ...page.example.roles.map((role: { title: string }, i: number) => `Role ${i + 1}: ${role.title}`),
      ]);
      expect(boxes().map((box) => box.checked)).to.deep.equal(boxes().map(() => false));
      const links = page.$$<HTMLInputElement>('input[type="text"]').filter(labelled('Call to action link'));
      expect(links.map((link, i) => link.closest('fieldset') === boxes()[i].closest('fieldset'))).to.deep.equal(links.map(() => true));
    });

    it('should be ticked with Space under "More options" after the link, write "newTab": true, open the preview\'s link in a new tab, and undo', async function () {
      this.timeout(60_000);
      const apply = page.example.paths[0].cta;
      const link = () => page.$('#preview > career-compare').shadowRoot?.querySelector<HTMLAnchorElement>(`a[part~="cta"][href="${apply.href}"]`);
      await waitUntil(() => link(), 'the preview did not show the call to action');
      expect(link()!.hasAttribute('target')).to.be.false;

      await click(page.field('Call to action link', 1));
      await tab();
      expect(text(document.activeElement)).to.equal('More options');
      await sendKeys({ press: 'Enter' });
      await tabTo('the new-tab box', labelled(NEW_TAB));
      const box = document.activeElement as HTMLInputElement;
      expect(labelled(NEW_TAB)(box), box.outerHTML).to.be.true;
      expect(group(box)).to.equal('Path 1: Healthcare Management');
      await sendKeys({ press: ' ' });
      expect(box.checked).to.be.true;
      expect(saved().paths[0].cta).to.deep.equal({ ...apply, newTab: true });
      await waitUntil(() => link()?.target === '_blank', "the preview's link does not open a new tab");
      expect(link()!.relList.contains('noopener')).to.be.true;

      await sendKeys({ press: ' ' });
      expect(saved().paths[0].cta).to.deep.equal(apply);
      await waitUntil(() => link() && !link()!.hasAttribute('target'), "the preview's link still opens a new tab");

      await chord('Control', 'z');
      expect(saved().paths[0].cta).to.deep.equal({ ...apply, newTab: true });
      expect(boxes()[1].checked).to.be.true;
      expect(await violations(page.main)).to.deep.equal([]);
    });

    it('should show the JSON view\'s "newTab" and take it back from there', async function () {
      this.timeout(60_000);
      await click(boxes()[0].closest('details')!.querySelector('summary')!);
      await click(boxes()[0]);
      expect(saved().cta).to.deep.equal({ ...page.example.cta, newTab: true });
      await click(page.$('input[name="view"][value="json"]'));
      const data = page.$<HTMLTextAreaElement>('#data');
      expect(JSON.parse(data.value).cta).to.deep.equal({ ...page.example.cta, newTab: true });

      const edited = JSON.parse(data.value);
      delete edited.cta.newTab;
      edited.paths[1].cta = { label: 'Explore the certificate', href: '/programs/administration', newTab: true };
      edited.paths[0].cta.newTab = 'yes';
      // Into the box, as a person pastes there.
      await click(data);
      data.value = JSON.stringify(edited);
      data.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
      await click(page.$('input[name="view"][value="forms"]'));
      expect(
        boxes()
          .slice(0, 3)
          .map((box) => box.checked),
      ).to.deep.equal([false, false, true]);
      expect(saved().cta).to.deep.equal(page.example.cta);

      // A value that is not true or false shows beside the box, which puts it right.
      const wrong = boxes()[1];
      expect(wrong.getAttribute('aria-invalid')).to.equal('true');
      expect(text(page.$(`#${wrong.getAttribute('aria-describedby')}`))).to.equal('Tick or clear this box: it holds text instead');
      expect(page.$$('#problems li').map(text)).to.deep.equal(['Path Healthcare Management, Open in a new tab: Tick or clear this box: it holds text instead']);
      // The box is under "More options", open since it has a problem.
      expect(wrong.closest('details')!.open).to.be.true;
      await click(wrong);
      expect(saved().paths[0].cta.newTab).to.equal(true);
      expect(text(page.$('#problem-count'))).to.equal('No problems.');
      expect(await violations(page.main)).to.deep.equal([]);
    });
  });

  describe('when the page is reloaded', () => {
    it('should restore the work and the widget settings from the browser', async () => {
      await click(page.field('Title'));
      await selectAll();
      await sendKeys({ type: 'Our programs' });
      await click(page.$('input[name="tag"][value="career-picker"]'));
      await waitUntil(() => page.$('#preview > career-picker'), 'the picker was not chosen');
      page.reload();
      expect(page.field('Title').value).to.equal('Our programs');
      expect(page.$<HTMLInputElement>('input[name="tag"][value="career-picker"]').checked).to.be.true;
      expect(text(page.$('#saved'))).to.equal('Restored from this browser. Every change is saved here.');
      expect(page.$('#preview > career-picker')).to.exist;
    });
  });

  describe('when changes are undone and redone with the keys', () => {
    it('should undo a word typed with Ctrl+Z and redo it with Shift+Ctrl+Z', async () => {
      const title = page.field('Title');
      await click(title);
      await selectAll();
      await sendKeys({ type: 'Changed' });
      expect(saved().title).to.equal('Changed');
      await chord('Control', 'z');
      expect(page.field('Title').value).to.equal('Healthcare Management vs. Healthcare Administration');
      expect(saved().title).to.equal('Healthcare Management vs. Healthcare Administration');
      await redoKeys();
      expect(page.field('Title').value).to.equal('Changed');
      expect(saved().title).to.equal('Changed');
    });

    it('should leave Ctrl+Z to the browser in the pasted cells, which are not the dataset', async () => {
      await click(page.field('Title'));
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '!' });
      await click(page.$('#cells'));
      await sendKeys({ type: 'type' });
      await chord('Control', 'z');
      expect(saved().title).to.equal('Healthcare Management vs. Healthcare Administration!');
    });

    it('should undo an added item with the Undo button, and redo it with the Redo button', async () => {
      await click(page.button('Add path'));
      expect(saved().paths).to.have.length(3);
      expect(labelled('Path name')(document.activeElement!)).to.be.true;
      // WebKit scrolls a newly focused field into view a frame later.
      await frame();
      await click(page.button('Undo'));
      await waitUntil(
        () => saved().paths.length === 2,
        `the undo did not happen; the focus is on ${document.activeElement?.outerHTML.slice(0, 80)}, the button is ${page.button('Undo').getBoundingClientRect().top} from the top, ${text(page.$('#said'))}`,
      );
      expect(page.$$('#field-paths > li')).to.have.length(2);
      await click(page.button('Redo'));
      expect(saved().paths).to.have.length(3);
    });
  });

  describe('when items are moved, duplicated and removed', () => {
    it('should move a path down, the focus following it', async () => {
      await click(page.button('Move down path Healthcare Management'));
      expect(saved().paths.map((path: { id: string }) => path.id)).to.deep.equal(['administration', 'management']);
      expect(text(document.activeElement)).to.equal('Move up path Healthcare Management');
      expect(text(page.$('#said'))).to.equal('Moved path Healthcare Management to place 2 of 2.');
    });

    it('should duplicate a role with an id of its own', async () => {
      await click(page.button('Duplicate role Office manager'));
      const roles = saved().roles as { id: string; title: string }[];
      const index = roles.findIndex((role) => role.title === 'Office manager');
      expect(roles[index + 1]).to.include({ title: 'Office manager (copy)', id: `${roles[index].id}-copy` });
      expect(page.field('Role title', index + 1)).to.equal(document.activeElement);
    });

    it('should ask what to do with the roles of a removed path, and move them', async function () {
      this.timeout(60_000);
      const before = (page.example.roles as { path: string }[]).filter((role) => role.path === 'administration').length;
      await click(page.button('Remove path Healthcare Administration'));
      const dialog = page.$<HTMLDialogElement>('#confirm');
      expect(dialog.open).to.be.true;
      expect(text(page.$('#confirm-message'))).to.equal(`${before} roles are on this path. What should happen to them?`);
      expect(await violations(dialog)).to.deep.equal([]);
      expect((document.activeElement as HTMLInputElement).checked).to.be.true;
      expect(text((document.activeElement as HTMLInputElement).labels![0])).to.equal('Move them to Healthcare Management');
      await click(page.button('Remove path'));
      expect(dialog.open).to.be.false;
      expect(saved().paths.map((path: { id: string }) => path.id)).to.deep.equal(['management']);
      expect(saved().roles.every((role: { path: string }) => role.path === 'management')).to.be.true;
      expect(Object.keys(saved().criteria[0].values)).to.deep.equal(['management']);
      expect(text(document.activeElement)).to.equal('Add path');
    });

    it('should remove the roles with their path when asked to', async () => {
      await click(page.button('Remove path Healthcare Administration'));
      const choices = page.$$('#confirm input[name="choice"]');
      await click(choices[choices.length - 1]);
      await click(page.button('Remove path'));
      expect(saved().roles.every((role: { path: string }) => role.path === 'management')).to.be.true;
      expect(saved().roles.length).to.be.lessThan(page.example.roles.length);
    });

    it('should keep the work when the question is cancelled with Escape', async () => {
      await click(page.button('Remove path Healthcare Administration'));
      await sendKeys({ press: 'Escape' });
      expect(page.$<HTMLDialogElement>('#confirm').open).to.be.false;
      expect(saved()?.paths ?? page.example.paths).to.have.length(2);
      await waitUntil(() => text(document.activeElement) === 'Remove path Healthcare Administration', 'the focus did not go back');
    });
  });

  describe('when a path id changes', () => {
    it('should keep the highlight on that path', async () => {
      const highlight = page.$<HTMLSelectElement>('#highlight');
      highlight.value = 'administration';
      highlight.dispatchEvent(new Event('change', { bubbles: true }));
      await click(page.field('Path id', 1).closest('details')!.querySelector('summary')!);
      await click(page.field('Path id', 1));
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '-office' });
      expect(page.$<HTMLSelectElement>('#highlight').value).to.equal('administration-office');
      expect(page.$('#preview > career-compare').getAttribute('highlight')).to.equal('administration-office');
      await click(page.button('Move down path Healthcare Management'));
      expect(page.$<HTMLSelectElement>('#highlight').value).to.equal('administration-office');
    });
  });

  describe('when the data has problems', () => {
    it('should show each beside its field, list it, and move the focus there from the list', async function () {
      this.timeout(60_000);
      const id = page.field('Path id');
      await click(id.closest('details')!.querySelector('summary')!);
      await click(id);
      await selectAll();
      await sendKeys({ type: 'Our Program' });
      // Said once the field is left, not while it is typed in.
      expect(page.$('#field-paths-0-id-problem')).to.equal(null);
      await tab();
      const problem = page.$('#field-paths-0-id-problem');
      expect(text(problem)).to.equal('Use only lowercase letters, digits and "-" in an id, such as "our-program"');
      expect(id.getAttribute('aria-invalid')).to.equal('true');
      expect(id.getAttribute('aria-describedby')!.split(' ')).to.include('field-paths-0-id-problem');
      expect(text(page.$('#problem-count'))).to.equal('1 problem. The preview shows the last version without problems.');
      expect(page.$('#snippet-output').hidden).to.be.true;
      // The references followed the id, so the one problem is the id itself.
      expect(saved().roles[0].path).to.equal('Our Program');
      const compare = page.$('#preview > career-compare') as HTMLElement & { data: { paths: { id: string }[] } };
      expect(compare.data.paths[0].id).to.equal('management');
      expect(await violations(page.main)).to.deep.equal([]);

      await click(page.field('Title'));
      const entry = page.$('#problems button');
      expect(text(entry)).to.equal('Path Healthcare Management, Path id: Use only lowercase letters, digits and "-" in an id, such as "our-program"');
      await click(entry);
      expect(document.activeElement).to.equal(page.field('Path id'));
    });

    it('should show an unsafe link and an O*NET code that is not one beside their fields', async () => {
      await click(page.field('Call to action link', 1));
      await selectAll();
      await sendKeys({ type: 'javascript:alert(1)' });
      // Left first: its problem then shows above, and moves what is below it.
      await click(page.field('Title'));
      const more = page.field('O*NET-SOC code').closest('details')!;
      await click(more.querySelector('summary')!);
      await waitUntil(() => more.open, 'More options did not open');
      await click(page.field('O*NET-SOC code'));
      await selectAll();
      await sendKeys({ type: '11-91' });
      await waitUntil(() => page.field('O*NET-SOC code').value === '11-91', `typed "${page.field('O*NET-SOC code').value}"`);
      // Left for another field: what is wrong shows once the field is left.
      await click(page.field('Title'));
      await waitUntil(() => page.$$('#problems li').length === 2, `saw ${page.$$('#problems li').map(text).join(' / ')}`);
      expect(page.$$('#problems li').map(text)).to.deep.equal([
        'Path Healthcare Management, Call to action link: This link cannot be used: start it with https://, or give a page of your site (/apply), mailto: or tel:',
        `Role ${page.example.roles[0].title}, O*NET-SOC code: Write the O*NET code as in 29-1141.00, or leave it empty`,
      ]);
      expect(text(page.$('#field-paths-0-cta-href-problem'))).to.equal(
        'This link cannot be used: start it with https://, or give a page of your site (/apply), mailto: or tel:',
      );
      expect(text(page.$('#field-roles-0-onet-problem'))).to.equal('Write the O*NET code as in 29-1141.00, or leave it empty');
    });
  });

  describe('when the JSON view is used', () => {
    it('should show the same data, keep the forms when the JSON breaks, and take valid JSON back', async function () {
      this.timeout(60_000);
      await click(page.$('input[name="view"][value="json"]'));
      const data = page.$<HTMLTextAreaElement>('#data');
      expect(JSON.parse(data.value)).to.deep.equal(page.example);
      const before = localStorage.getItem(KEY);
      await click(data);
      await selectAll();
      await sendKeys({ type: '{"title":' });
      expect(text(page.$('#data-problem'))).to.match(
        /^The JSON is malformed: it ends too early at line 1, column 10\. The forms keep the last dataset that was JSON\.$/,
      );
      expect(data.getAttribute('aria-invalid')).to.equal('true');
      expect(localStorage.getItem(KEY)).to.equal(before);
      expect(await violations(page.main)).to.deep.equal([]);

      await click(page.$('input[name="view"][value="forms"]'));
      expect(page.field('Title').value).to.equal('Healthcare Management vs. Healthcare Administration');

      await click(page.$('input[name="view"][value="json"]'));
      await click(page.$('#data'));
      await selectAll();
      await sendKeys({ type: '{"version":1,"title":"From JSON","paths":[{"id":"a","name":"Alpha"}]}' });
      await click(page.$('input[name="view"][value="forms"]'));
      expect(page.field('Title').value).to.equal('From JSON');
      expect(page.field('Path name').value).to.equal('Alpha');
      await chord('Control', 'z');
      expect(page.field('Title').value).to.equal('Healthcare Management vs. Healthcare Administration');
    });

    it('should show an error in the one form that cannot show the data, and keep the rest and the saved work', async () => {
      await click(page.$('input[name="view"][value="json"]'));
      const data = page.$<HTMLTextAreaElement>('#data');
      data.value = '{"version":1,"title":"Odd","paths":{"a":"Alpha"}}';
      data.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
      await click(page.$('input[name="view"][value="forms"]'));
      expect(text(page.$('section[aria-labelledby="paths-heading"] .crash'))).to.match(/^The paths form cannot show this data \("paths" is not a list\)/);
      expect(page.field('Title').value).to.equal('Odd');
      expect(saved()).to.deep.equal({ version: 1, title: 'Odd', paths: { a: 'Alpha' } });
      expect(page.button('Add role')).to.exist;
    });
  });

  describe('when a spreadsheet is imported', () => {
    const csv = [
      'type,id,name,path,text,duties,interests,link text,link,note',
      'dataset,,Nursing vs. Medical Assisting,,Two ways into care.,,,,',
      'path,,Nursing,,Patient care.,,,Apply,https://example.edu/nursing',
      'path,,Medical Assisting,,Clinic support.,,,,',
      'criterion,,Program length,Nursing,2 years,,,,',
      'criterion,,Program length,Medical Assisting,1 year,,,,,Full time',
      'criterion,pay,Median pay,,"$60,000",,,,,"Median pay, May 2023"',
      'interest,,Working with people,,,,,,',
      'role,,Registered nurse,Nursing,,"Assess patients\nGive medicines",Working with people,,',
      'role,,Medical assistant,medical-assisting,,,,,',
    ].join('\r\n');

    it('should read the CSV layout into paths, criteria, interests and roles', async () => {
      choose(page.$('#import-file'), new File([csv], 'programs.csv', { type: 'text/csv' }));
      // The example is work to lose: the import asks first.
      await waitUntil(() => page.$<HTMLDialogElement>('#confirm').open, 'the import did not ask');
      await click(page.$('#confirm-ok'));
      await waitUntil(() => saved()?.title === 'Nursing vs. Medical Assisting', 'nothing was imported');
      // Nothing of the example stays: the sheet gives no call to action and no source.
      expect(saved()).to.deep.equal({
        version: 1,
        title: 'Nursing vs. Medical Assisting',
        intro: 'Two ways into care.',
        paths: [
          { id: 'nursing', name: 'Nursing', summary: 'Patient care.', cta: { label: 'Apply', href: 'https://example.edu/nursing' } },
          { id: 'medical-assisting', name: 'Medical Assisting', summary: 'Clinic support.' },
        ],
        criteria: [
          { id: 'program-length', label: 'Program length', note: 'Full time', values: { nursing: '2 years', 'medical-assisting': '1 year' } },
          { id: 'pay', label: 'Median pay', note: 'Median pay, May 2023', value: '$60,000' },
        ],
        interests: [{ id: 'working-with-people', label: 'Working with people' }],
        roles: [
          {
            id: 'registered-nurse',
            title: 'Registered nurse',
            path: 'nursing',
            duties: ['Assess patients', 'Give medicines'],
            interests: ['working-with-people'],
          },
          { id: 'medical-assistant', title: 'Medical assistant', path: 'medical-assisting' },
        ],
      });
      expect(text(page.$('#said'))).to.equal('Imported 2 paths, 2 criteria, 1 interest and 2 roles.');
    });

    it('should read cells pasted from a spreadsheet (tab-separated) the same way', async () => {
      const cells = page.$<HTMLTextAreaElement>('#cells');
      cells.value = ['type\tname\tpath', 'path\tNursing\t', 'path\tPharmacy\t', 'role\tPharmacist\tPharmacy'].join('\n');
      await click(page.button('Import pasted cells'));
      await click(page.$('#confirm-ok'));
      expect(saved().paths.map((path: { id: string }) => path.id)).to.deep.equal(['nursing', 'pharmacy']);
      expect(saved().roles).to.deep.equal([{ id: 'pharmacist', title: 'Pharmacist', path: 'pharmacy' }]);
    });

    const refused: [what: string, input: string, problem: RegExp][] = [
      [
        'a role on a path that does not exist',
        csv.replace('role,,Medical assistant,medical-assisting', 'role,,Medical assistant,surgery'),
        /^Row 10, column D \("path"\): "surgery" is not a path: use one of "Nursing", "Medical Assisting"\.$/,
      ],
      [
        'an unknown type',
        csv.replace('interest,,', 'hobby,,'),
        /^Row 8, column A \("type"\): "hobby" is not one of dataset, path, criterion, interest, role\.$/,
      ],
      [
        'a link that is not allowed',
        csv.replace('https://example.edu/nursing', 'javascript:alert(1)'),
        /^Row 3, column I \("link"\): "javascript:alert\(1\)" is not an allowed link/,
      ],
      [
        'two different notes for one criterion',
        csv.replace('Nursing,2 years,,,,', 'Nursing,2 years,,,,,Part time'),
        /^Row 6, column J \("note"\): a different note from the one row 5 gives this criterion\. A criterion has one note/,
      ],
      ['no "type" column', csv.replace('type,id,name', 'kind,id,name'), /^Row 1 must name the columns, and has no "type" column\./],
      ['no "type" and no "name" column', 'a,b\n1,2', /has no "type" or "name" column/],
      ['binary data', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR', /^This is not a spreadsheet: it holds binary data\./],
    ];
    for (const [what, input, problem] of refused)
      it(`with ${what} => names the problem, and the saved work is untouched`, async () => {
        await click(page.field('Title'));
        await sendKeys({ press: 'End' });
        await sendKeys({ type: '!' });
        const before = localStorage.getItem(KEY);
        const cells = page.$<HTMLTextAreaElement>('#cells');
        // Into the box, as a person pastes there.
        await click(cells);
        cells.value = input;
        await click(page.button('Import pasted cells'));
        await waitUntil(() => page.$$('#load-problems li').length, 'nothing was said');
        const problems = page.$$('#load-problems li').map(text);
        expect(
          problems.some((each) => problem.test(each)),
          problems.join('\n'),
        ).to.be.true;
        expect(problems[problems.length - 1]).to.equal('Nothing was changed.');
        expect(localStorage.getItem(KEY)).to.equal(before);
      });

    it('should offer a template that imports as it is', async () => {
      const link = page.$$<HTMLAnchorElement>('a[download]').find((each) => text(each) === 'Download the template')!;
      expect(link.download).to.equal('career-paths-template.csv');
      const template = await (await fetch(link.href)).text();
      const cells = page.$<HTMLTextAreaElement>('#cells');
      cells.value = template;
      await click(page.button('Import pasted cells'));
      await click(page.$('#confirm-ok'));
      expect(text(page.$('#load-problems'))).to.equal('');
      expect(saved().title).to.equal('Nursing vs. Medical Assisting');
      expect(saved().roles).to.have.length(2);
      expect(saved().criteria[1].note).to.equal('Median pay of the related occupations, May 2024');
    });
  });

  describe('when a JSON file is opened', () => {
    const file = (content: BlobPart, name = 'programs.json') => new File([content], name, { type: 'application/json' });

    it('should open one chosen in the file picker, and one dropped on the page', async () => {
      // Each replaces work, and asks first.
      const dialog = page.$<HTMLDialogElement>('#confirm');
      choose(page.$('#open-file'), file(JSON.stringify({ version: 1, title: 'Chosen', paths: [{ id: 'a', name: 'A' }] })));
      await waitUntil(() => dialog.open, 'the chosen file did not ask');
      await click(page.$('#confirm-ok'));
      await waitUntil(() => page.field('Title').value === 'Chosen', 'the chosen file was not opened');
      drop(page.field('Title'), file(JSON.stringify({ version: 1, title: 'Dropped', paths: [{ id: 'a', name: 'A' }] })));
      await waitUntil(() => dialog.open, 'the dropped file did not ask');
      await click(page.$('#confirm-ok'));
      await waitUntil(() => page.field('Title').value === 'Dropped', 'the dropped file was not opened');
      expect(text(page.$('#said'))).to.equal('Opened "programs.json".');
    });

    const refused: [what: string, make: () => File, problem: RegExp][] = [
      [
        'a 20 MB file',
        () => file(new Uint8Array(20 * 1024 * 1024), 'huge.json'),
        /^"huge\.json" is 20\.0 MB: too large for a dataset \(the limit is 5 MB\)\. Nothing was changed\.$/,
      ],
      [
        'a file that is not JSON',
        () => file('title: Nursing\npaths: []', 'notes.json'),
        /^The JSON in notes\.json is malformed: unexpected "i" at line 1, column 2\. Nothing was changed\.$/,
      ],
      [
        'an image',
        () => file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'photo.png'),
        /^"photo\.png" is not a JSON file: it holds binary data\. Nothing was changed\.$/,
      ],
      ['JSON that is not a dataset', () => file('[1, 2, 3]'), /^"programs\.json" holds JSON, but not a dataset/],
    ];
    for (const [what, make, problem] of refused)
      it(`${what} => says what is wrong, and the saved work is untouched`, async function () {
        this.timeout(30_000);
        await click(page.field('Title'));
        await sendKeys({ press: 'End' });
        await sendKeys({ type: '!' });
        const before = localStorage.getItem(KEY);
        choose(page.$('#open-file'), make());
        await waitUntil(() => text(page.$('#load-problems')), 'nothing was said');
        expect(text(page.$('#load-problems'))).to.match(problem);
        expect(localStorage.getItem(KEY)).to.equal(before);
        expect(page.field('Title').value).to.equal('Healthcare Management vs. Healthcare Administration!');
      });

    it('should show the refusal without an axe violation', async function () {
      this.timeout(60_000);
      choose(page.$('#open-file'), file('nope'));
      await waitUntil(() => text(page.$('#load-problems')), 'nothing was said');
      expect(await violations(page.main)).to.deep.equal([]);
    });
  });

  describe('with a long list', () => {
    it('should show each item closed until it is opened, and open the one a problem is in', async function () {
      this.timeout(60_000);
      const roles = Array.from({ length: 30 }, (_, i) => ({ id: `role-${i + 1}`, title: `Role number ${i + 1}`, path: 'a' }));
      roles[24].path = 'nowhere';
      await click(page.$('input[name="view"][value="json"]'));
      const data = page.$<HTMLTextAreaElement>('#data');
      data.value = JSON.stringify({ version: 1, title: 'Many roles', paths: [{ id: 'a', name: 'Alpha' }], roles });
      data.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
      await click(page.$('input[name="view"][value="forms"]'));
      const items = page.$$<HTMLDetailsElement>('#field-roles > li > details');
      expect(items).to.have.length(30);
      expect(items.filter((item) => item.open)).to.have.length(0);
      expect(text(items[24].querySelector('summary'))).to.equal('Role 25: Role number 25 (has problems)');
      expect(await violations(page.main)).to.deep.equal([]);

      await click(page.$('#problems button'));
      expect(items[24].open).to.be.true;
      expect(document.activeElement!.id).to.equal('field-roles-24-path');
      await click(items[3].querySelector('summary')!);
      await waitUntil(() => page.$('#field-roles-3-title'), 'the item did not open');
      expect(page.field('Role title').id).to.equal('field-roles-3-title');
    });
  });

  describe('in its other states', () => {
    it('should have no axe violation with a blank dataset, the picker and a self-hosted script', async function () {
      this.timeout(60_000);
      await click(page.button('New dataset'));
      await click(page.$('#confirm-ok'));
      expect(text(page.$('#problem-count'))).to.equal('2 problems. The preview shows the last version without problems.');
      // Nothing is wrong before anything is typed: what is missing is listed on "Check".
      expect(page.$$('#problems li')).to.have.length(0);
      await click(page.button('Check'));
      expect(page.$$('#problems li').map(text)).to.deep.equal(['Title: Give the comparison a title', 'Paths: Add at least one path']);
      expect(await violations(page.main)).to.deep.equal([]);
      await click(page.field('Title'));
      await sendKeys({ type: 'Health careers' });
      await click(page.button('Add path'));
      await sendKeys({ type: 'Nursing' });
      await click(page.button('Add role'));
      await click(page.$('input[name="tag"][value="career-picker"]'));
      await click(page.$('input[name="script"][value="self"]'));
      await click(page.$('input[name="view"][value="json"]'));
      expect(await violations(page.main)).to.deep.equal([]);
    });
  });
});
