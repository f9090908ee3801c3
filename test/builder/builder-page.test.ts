import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/career-paths.js';
import { fakeClipboard, mountBuilderPage } from './helpers.js';
import { click, selectAll, text, waitUntil } from '../helpers.js';


describe('the snippet builder page', () => {
  let page: Awaited<ReturnType<typeof mountBuilderPage>>;
  const issues = () => [...page.$('#issues').querySelectorAll('li')].map(text);
  const data = () => page.$<HTMLTextAreaElement>('#data');
  const snippet = () => page.$<HTMLTextAreaElement>('#snippet').value;
  const previewed = () => page.$('#preview').firstElementChild as HTMLElement;

  before(async () => {
    page = await mountBuilderPage();
  });
  after(() => page.remove());

  describe('when it opens', () => {
    it('should load the example data and find no issue', () => {
      expect(JSON.parse(data().value).title).to.equal('Healthcare Management vs. Healthcare Administration');
      expect(text(page.$('#issue-count'))).to.equal('No issues: the data is valid.');
      expect(issues()).to.deep.equal([]);
    });

    it("should offer the data's paths and criteria as choices", () => {
      const labels = (id: string) => [...page.$(id).querySelectorAll('label')].map(text);
      expect(labels('#paths')).to.deep.equal(['Healthcare Management', 'Healthcare Administration']);
      expect(labels('#criteria')).to.include('Focus').and.to.include('Typical roles');
      expect([...page.$<HTMLSelectElement>('#highlight').options].map((option) => option.value)).to.deep.equal(['', 'management', 'administration']);
    });

    it('should preview a <career-compare> rendered from the data', async () => {
      const compare = previewed();
      expect(compare.localName).to.equal('career-compare');
      await waitUntil(() => compare.shadowRoot?.querySelectorAll('th[scope="col"]').length === 2, 'the preview did not render its table');
    });

    it('should write a snippet with the script tag, the element, its data and a fallback table', () => {
      expect(snippet()).to.match(/^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/career-paths@\d+\.\d+\.\d+\/dist\/career-paths\.js" defer><\/script>\n<career-compare data="\{&quot;version&quot;:1,/);
      expect(snippet()).to.include('<caption>Healthcare Management vs. Healthcare Administration</caption>');
      expect(snippet()).to.match(/<\/table>\n<\/career-compare>\n$/);
    });
  });

  describe('when the data is edited', () => {
    it('should list the issues of broken data with their JSON paths', async () => {
      await click(data());
      await selectAll();
      await sendKeys({ type: '{"version":1,"paths":[{"id":"A"}]}' });
      await waitUntil(() => text(page.$('#issue-count')) === '3 issues', `saw "${text(page.$('#issue-count'))}"`);
      expect(issues()).to.have.members([
        'title: is required',
        'paths[0].name: is required',
        'paths[0].id: "A" is not a valid id: use lowercase letters, digits and "-"',
      ]);
      expect([...page.$('#issues').querySelectorAll('code')].map(text)).to.have.members(['title', 'paths[0].name', 'paths[0].id']);
      expect(data().getAttribute('aria-invalid')).to.equal('true');
    });

    it('should hold back the snippet and say why', () => {
      expect(page.$('#snippet-output').hidden).to.be.true;
      expect(text(page.$('#snippet-blocked'))).to.equal('Fix the problems in the data to get a snippet.');
    });

    it('should say where malformed JSON breaks', async () => {
      await selectAll();
      await sendKeys({ type: '{"title":' });
      await waitUntil(() => text(page.$('#issue-count')) === '1 issue', `saw "${text(page.$('#issue-count'))}"`);
      expect(issues()[0]).to.match(/^The JSON is malformed: /);
    });

    it('should clear the issues once the data is fixed, and offer its paths', async () => {
      await selectAll();
      await sendKeys({ type: '{"version":1,"title":"Fixed","paths":[{"id":"a","name":"Alpha"},{"id":"b","name":"Beta"}]}' });
      await waitUntil(() => text(page.$('#issue-count')) === 'No issues: the data is valid.', `saw "${text(page.$('#issue-count'))}"`);
      expect(issues()).to.deep.equal([]);
      expect(data().getAttribute('aria-invalid')).to.equal('false');
      expect([...page.$('#paths').querySelectorAll('label')].map(text)).to.deep.equal(['Alpha', 'Beta']);
      expect(page.$('#snippet-output').hidden).to.be.false;
      expect(snippet()).to.include('<caption>Fixed</caption>');
    });
  });

  describe('when the picker is chosen and its attributes set from the keyboard', () => {
    before(async () => {
      await click(page.$('input[value="career-picker"]'));
      await sendKeys({ press: 'Tab' }); // the path
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' }); // sync-url
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' }); // the id
      await sendKeys({ type: 'roles' });
      await sendKeys({ press: 'Tab' }); // heading-level
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' }); // no-title
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' }); // link-params
      await sendKeys({ type: 'utm_source=site&utm_medium="widget"' });
    });

    it('should show the picker options and hide those of the comparison', () => {
      expect(page.$('#picker-options').hidden).to.be.false;
      expect(page.$('#compare-options').hidden).to.be.true;
    });

    it('should preview a <career-picker> with those attributes', async () => {
      const picker = previewed();
      expect(picker.localName).to.equal('career-picker');
      const attributes = Object.fromEntries([...picker.attributes].map((attribute) => [attribute.name, attribute.value]));
      expect(attributes).to.deep.equal({
        id: 'roles',
        path: 'b',
        'sync-url': '',
        'heading-level': '3',
        'no-title': '',
        'link-params': 'utm_source=site&utm_medium="widget"',
      });
      await waitUntil(() => picker.shadowRoot?.querySelector('[part~="status"]'), 'the preview did not render');
      expect(picker.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    });

    it('should write the same attributes into the snippet, escaped, with a list of roles as fallback', () => {
      expect(snippet()).to.include(
        '<career-picker id="roles" path="b" sync-url heading-level="3" no-title link-params="utm_source=site&amp;utm_medium=&quot;widget&quot;" data="{&quot;version&quot;:1,',
      );
      expect(snippet()).to.include('  <ul>\n    <li>Alpha\n    </li>\n    <li>Beta\n    </li>\n  </ul>\n</career-picker>');
    });
  });

  describe('when the snippet is copied', () => {
    it('should write it to the clipboard and say "Copied"', async () => {
      const clipboard = fakeClipboard();
      try {
        await click(page.$('#copy'));
        await waitUntil(() => text(page.$('#copy-status')) === 'Copied', `saw "${text(page.$('#copy-status'))}"`);
        expect(clipboard.written).to.deep.equal([snippet()]);
      } finally {
        clipboard.restore();
      }
    });

    it('should select the snippet for copying when the clipboard refuses', async () => {
      const clipboard = fakeClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
      try {
        await click(page.$('#copy'));
        const output = page.$<HTMLTextAreaElement>('#snippet');
        await waitUntil(() => text(page.$('#copy-status')), 'nothing was said');
        expect(text(page.$('#copy-status'))).to.be.oneOf(['Copied', 'Selected: press Ctrl+C (⌘C on a Mac) to copy']);
        expect(document.activeElement).to.equal(output);
        expect(output.value.slice(output.selectionStart, output.selectionEnd)).to.equal(snippet());
      } finally {
        clipboard.restore();
      }
    });
  });
});
