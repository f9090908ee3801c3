import { expect } from '@open-wc/testing';
import { fallbackHtml } from '../../src/editor/fallback.js';
import type { Attributes } from '../../src/editor/escape.js';

/** A demo page as a browser parses it, without running it. */
async function page(path: string) {
  const response = await fetch(path);
  expect(response.status, path).to.equal(200);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** An element's markup with the white space between tags and the comments left out. */
const markup = (html: string) => {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const walker = document.createTreeWalker(holder, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as ChildNode);
  comments.forEach((comment) => comment.remove());
  return holder.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
};

const attributesOf = (element: Element): Attributes =>
  Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value === '' ? true : attribute.value]));

for (const path of ['/demo/index.html', '/demo/es.html', '/demo/themed.html'])
  describe(`${path} as a school would ship it`, () => {
    let doc: Document;
    before(async () => {
      doc = await page(path);
    });

    it('should have a title of at most 70 characters and a meta description', () => {
      expect(doc.title.length, doc.title).to.be.within(10, 70);
      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, description).to.be.within(50, 160);
    });

    it('should link an icon that exists, so that no /favicon.ico is asked for', async () => {
      const icon = doc.querySelector<HTMLLinkElement>('link[rel~="icon"]');
      expect(icon).to.exist;
      const response = await fetch(new URL(icon!.getAttribute('href')!, new URL(path, location.href)));
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.match(/^image\//);
    });

    it('should point every in-page link at an element of the page', () => {
      const targets = [...doc.querySelectorAll('a[href^="#"]')].map((link) => link.getAttribute('href')!.slice(1));
      expect(targets.length).to.be.greaterThan(2);
      expect(targets.filter((id) => !doc.getElementById(id))).to.deep.equal([]);
    });

    it('should link only pages that exist', async () => {
      const links = [...doc.querySelectorAll('a[href]:not([href^="#"]):not([href^="http"])')].map((link) => link.getAttribute('href')!);
      for (const href of new Set(links)) expect((await fetch(new URL(href, new URL(path, location.href)))).status, href).to.equal(200);
    });

    it("should carry, inside each element, the builder's full fallback for its dataset and attributes", async () => {
      const elements = [...doc.querySelectorAll('career-compare, career-picker')];
      expect(elements.length).to.be.greaterThan(0);
      for (const element of elements) {
        const dataset = await (await fetch(new URL(element.getAttribute('src')!, new URL(path, location.href)))).json();
        expect(markup(element.innerHTML), element.localName).to.equal(markup(fallbackHtml(dataset, element.localName, attributesOf(element))));
      }
    });
  });
