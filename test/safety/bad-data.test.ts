import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/career-paths.js';
import { errorOf, watch, type Watch } from './watch.js';
import { valid } from '../dataset/cases.js';
import { click, text, waitUntil } from '../helpers.js';

const DATA = '/data/healthcare-management-vs-administration.json';

/** A dataset with five mistakes, among them `roles[1].path`. */
const invalid = () => {
  const data: any = valid();
  data.roles[1].path = 'mgmt';
  data.roles[0].interests = ['cooking'];
  data.paths[1].cta = { label: 'Apply', href: 'javascript:alert(1)' };
  data.title = 7;
  delete data.paths[0].name;
  return data;
};

const tags = ['career-compare', 'career-picker'] as const;

/** An element made from markup, as a page would write it. */
const make = (markup: string) => fixture<HTMLElement>(markup);

/** Text for a single-quoted attribute, so that the element gets exactly these characters. */
const attr = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)).replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** Whether the element shows its own view of the data (not an error, not its light DOM). */
const rendered = (element: HTMLElement) => !errorOf(element) && !!element.shadowRoot?.querySelector('table, section, [part~="results"]');

/** What this engine's JSON.parse says of the text. */
const engineSays = (json: string) => {
  try {
    JSON.parse(json);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${json} is valid JSON`);
};

async function shown(element: HTMLElement) {
  await waitUntil(() => errorOf(element), 'no error was shown');
  return errorOf(element)!;
}

for (const tag of tags) {
  describe(`<${tag}> with bad data`, () => {
    let page: Watch;
    beforeEach(() => (page = watch()));
    afterEach(() => page.stop());

    describe('when the JSON is malformed', () => {
      // The element says what this engine's JSON.parse says (Chromium and Firefox name the line and
      // column); the snippet builder and the command line find the place in every engine.
      const cases = [
        '{\n  "version": 1,\n  "title": "Trailing comma",\n}',
        '{"version": 1, "title": "x"',
        '{"version": 1,\n "title": \'x\'}',
        '{"version": 01}',
        '{"a": 1} {"b": 2}',
        '<!doctype html>',
        '',
      ];
      for (const json of cases) {
        it(`<${tag} data=${JSON.stringify(json)}> => should say the JSON is malformed, in the engine's words`, async () => {
          const element = document.createElement(tag);
          element.setAttribute('data', json);
          await fixture(element);
          expect(text(await shown(element))).to.include(`The JSON is malformed: ${engineSays(json)}`);
        });
      }

      it('should log once, raise career-error once and throw nothing', async () => {
        const element = await make(`<${tag} data='{"version": 1,}'></${tag}>`);
        await shown(element);
        await waitUntil(() => page.events.length);
        expect(page.events).to.have.length(1);
        expect(page.events[0].message).to.equal(`The JSON is malformed: ${engineSays('{"version": 1,}')}`);
        expect(page.events[0].issues).to.deep.equal([]);
        expect(page.logged).to.have.length(1);
        expect(page.thrown).to.deep.equal([]);
      });
    });

    describe('when the dataset breaks the format', () => {
      it(`<${tag} data="{…roles[1].path: mgmt…}"> => should list the first issues with their JSON paths`, async () => {
        const element = await make(`<${tag} data='${attr(invalid())}'></${tag}>`);
        const error = await shown(element);
        expect(text(error)).to.include('The career data is not valid');
        const items = [...error.querySelectorAll('li')].map(text);
        expect(items).to.deep.equal([
          'title: should be text, not a number',
          'paths[0].name: is required',
          'paths[1].cta.href: "javascript:alert(1)" is not an allowed link: use http, https, mailto, tel or a relative URL',
        ]);
      });

      it('should give every issue in career-error and in the console', async () => {
        await make(`<${tag} data='${attr(invalid())}'></${tag}>`);
        await waitUntil(() => page.events.length);
        const { message, issues } = page.events[0];
        expect(message).to.equal('The career data is not valid');
        expect(issues).to.deep.include({ path: 'roles[1].path', message: '"mgmt" is not a path id' });
        expect(issues).to.deep.include({ path: 'roles[0].interests[0]', message: '"cooking" is not an interest id' });
        expect(issues).to.have.length(5);
        expect(page.logged).to.have.length(1);
        expect(page.logged[0]).to.deep.include(issues);
      });

      it('should never render a link that the data makes unsafe', async () => {
        const data: any = valid();
        data.paths[1].cta = { label: 'Apply', href: ' JaVa\tScRiPt:alert(1)' };
        const element = await make(`<${tag} data='${attr(data)}'></${tag}>`);
        await shown(element);
        expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      });

      it('should clear the error when the data attribute is fixed', async () => {
        const element = await make(`<${tag} data='${attr(invalid())}'></${tag}>`);
        await shown(element);
        element.setAttribute('data', JSON.stringify(valid()));
        await waitUntil(() => rendered(element), 'the fixed data did not render');
      });

      it('should clear the error when a valid object is set as the data property', async () => {
        const element = await make(`<${tag} data='{"version": 1,}'></${tag}>`);
        await shown(element);
        element.removeAttribute('data');
        (element as HTMLElement & { data: unknown }).data = valid();
        await waitUntil(() => rendered(element), 'the fixed data did not render');
      });

      it('should say what is wrong with data that is not a dataset at all', async () => {
        for (const json of ['null', '[]', '"text"', '42']) {
          const element = await make(`<${tag} data='${json}'></${tag}>`);
          expect(text(await shown(element))).to.include('The career data is not valid');
        }
        expect(page.thrown).to.deep.equal([]);
      });
    });

    describe('when a src cannot be loaded', () => {
      const failures: [src: string, message: RegExp][] = [
        ['/data/no-such-file.json', /Could not load http:\/\/[^ ]+\/data\/no-such-file\.json \(HTTP 404\)/],
        ['/status?code=500', /Could not load [^ ]+\/status\?code=500 \(HTTP 500\)/],
        // Port 1 is on fetch's list of bad ports: no request leaves the machine.
        ['http://127.0.0.1:1/data.json', /Could not reach http:\/\/127\.0\.0\.1:1\/data\.json \(network error\)/],
        ['/README.md', /The JSON in [^ ]+\/README\.md is malformed: ./],
      ];
      for (const [src, message] of failures) {
        it(`<${tag} src="${src}"> => should say why, with a retry button`, async () => {
          const element = await make(`<${tag} src="${src}"></${tag}>`);
          const error = await shown(element);
          expect(text(error)).to.match(message);
          expect(error.querySelector('button')).to.exist;
          await waitUntil(() => page.events.length);
          expect(page.events[0].message).to.match(message);
          expect(page.logged).to.have.length(1);
          expect(page.thrown).to.deep.equal([]);
        });
      }

      it('should fetch again and render when the retry button is clicked', async () => {
        const src = `/flaky?key=${tag}-${Math.random()}&file=${DATA}`;
        const element = await make(`<${tag} src="${src}"></${tag}>`);
        const button = (await shown(element)).querySelector('button')!;
        expect(text(errorOf(element))).to.include('HTTP 503');
        await click(button);
        await waitUntil(() => rendered(element), 'the retried data did not render');
      });

      it('should say so again when the retry fails too, and keep the focus on the button', async () => {
        const element = await make(`<${tag} src="/status?code=503&${tag}"></${tag}>`);
        const error = await shown(element);
        const status = error.querySelector('[role="status"]')!;
        const button = error.querySelector('button')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => page.events.length === 2, 'the retry did not fail again');
        expect(text(status)).to.include('HTTP 503');
        expect(element.shadowRoot!.activeElement).to.equal(button);
      });
    });

    describe('when the error is shown', () => {
      it('should be readable and not interrupt: a status, not an alert', async () => {
        const element = await make(`<${tag} src="/status?code=404"></${tag}>`);
        const error = await shown(element);
        expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        expect(text(error.querySelector('[role="status"]'))).to.include('could not be shown');
        expect(error.offsetHeight).to.be.greaterThan(0);
      });

      it('should let a keyboard reach the retry button, big enough to tap', async () => {
        const before = document.createElement('button');
        before.textContent = 'before';
        const holder = await fixture(`<div></div>`);
        holder.append(before, Object.assign(document.createElement(tag), { src: '/status?code=404' }));
        const element = holder.lastElementChild as HTMLElement;
        await shown(element);
        before.focus();
        await sendKeys({ press: 'Tab' });
        const button = errorOf(element)!.querySelector('button')!;
        expect(element.shadowRoot!.activeElement).to.equal(button);
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      });

      it('should keep the page’s own content below the error', async () => {
        const element = await make(`<${tag} src="/status?code=404"><p>Static fallback</p></${tag}>`);
        await shown(element);
        expect(element.querySelector('p')!.offsetHeight).to.be.greaterThan(0);
      });
    });
  });
}

describe('an unknown id in an attribute', () => {
  let page: Watch;
  beforeEach(() => (page = watch()));
  afterEach(() => page.stop());

  const cases: [markup: string, fix: [string, string], item: string][] = [
    [`<career-compare highlight="nursing">`, ['highlight', 'management'], 'highlight: "nursing" is not a path id'],
    [`<career-compare paths="management nursing">`, ['paths', 'management'], 'paths: "nursing" is not a path id'],
    [`<career-picker path="nursing">`, ['path', 'administration'], 'path: "nursing" is not a path id'],
    [`<career-picker selected="dean">`, ['selected', 'director'], 'selected: "dean" is not a role id'],
  ];
  for (const [markup, [name, value], item] of cases) {
    it(`${markup} => should say so in place, and clear when the attribute is fixed`, async () => {
      const tag = markup.slice(1, markup.indexOf(' '));
      const element = await make(`${markup.slice(0, -1)} data='${attr(valid())}'></${tag}>`);
      const error = await shown(element);
      expect([...error.querySelectorAll('li')].map(text)).to.deep.equal([item]);
      await waitUntil(() => page.events.length);
      expect(page.events[0].issues).to.deep.equal([{ path: name, message: item.slice(name.length + 2) }]);
      expect(page.logged).to.have.length(1);
      element.setAttribute(name, value);
      await waitUntil(() => rendered(element), 'the fixed attribute did not clear the error');
      expect(page.logged).to.have.length(1);
    });
  }
});

describe('a page with one broken element', () => {
  it('should leave the other elements working', async () => {
    const page = watch();
    try {
      const holder = await fixture(`<div>
        <career-compare data='{"version": 1,'></career-compare>
        <career-picker src="/status?code=500"></career-picker>
        <career-compare src="${DATA}"></career-compare>
        <career-picker src="${DATA}"></career-picker>
      </div>`);
      const [badCompare, badPicker, compare, picker] = [...holder.children] as HTMLElement[];
      await waitUntil(() => rendered(compare) && rendered(picker), 'the good elements did not render');
      await waitUntil(() => errorOf(badCompare) && errorOf(badPicker), 'the bad elements did not say so');
      expect(page.thrown).to.deep.equal([]);
      expect(page.events).to.have.length(2);
    } finally {
      page.stop();
    }
  });
});
