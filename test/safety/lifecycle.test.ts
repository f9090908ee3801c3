import { expect, fixture } from '@open-wc/testing';
import '../../src/career-paths.js';
import { errorOf, watch } from './watch.js';
import { text, waitUntil } from '../helpers.js';

const DATA = '/data/healthcare-management-vs-administration.json';
const SMALL = '/test/pages/small.json';
const tags = ['career-compare', 'career-picker'] as const;
type Career = HTMLElementTagNameMap[(typeof tags)[number]];

/** Whether an element shows the dataset whose first path has this name. */
const shows = (element: Element, pathName: string) =>
  !errorOf(element) && !element.shadowRoot?.querySelector('slot') && text(element.shadowRoot).includes(pathName);

const unique = () => Math.random().toString(36).slice(2);

/** How many fetches of a URL the page made (resource timing names the absolute URL). */
const fetches = (url: string) => performance.getEntriesByType('resource').filter((entry) => entry.name === new URL(url, location.href).href).length;

describe('loading on a real page', () => {
  before(() => performance.setResourceTimingBufferSize(100000));

  it('20 elements naming the same src => one request', async () => {
    const src = `${DATA}?twenty=${unique()}`;
    const holder = await fixture(`<div>${Array.from({ length: 20 }, (_, i) => `<${tags[i % 2]} src="${src}"></${tags[i % 2]}>`).join('')}</div>`);
    for (const element of holder.children) await waitUntil(() => shows(element, 'Healthcare Management'), 'not every element rendered');
    expect(fetches(src)).to.equal(1);
  });

  for (const tag of tags) {
    it(`<${tag} src="slow"> changed to another src while in flight => shows only the latest data`, async () => {
      const slow = `/slow?ms=600&file=${DATA}&key=${unique()}`;
      const element = await fixture<Career>(`<${tag} src="${slow}"></${tag}>`);
      element.src = SMALL;
      await waitUntil(() => shows(element, 'Small path'), 'the latest src did not render');
      // A second element on the slow URL shares its request; once it renders, the stale
      // response has reached the first element too (callbacks run in the order they were added).
      const witness = document.createElement(tag);
      witness.setAttribute('src', slow);
      element.after(witness);
      await waitUntil(() => shows(witness, 'Healthcare Management'), 'the slow src never arrived');
      await element.updateComplete;
      expect(shows(element, 'Small path')).to.equal(true);
      expect(shows(element, 'Healthcare Management')).to.equal(false);
      expect(fetches(slow)).to.equal(1);
    });

    it(`<${tag} src="slow"> given a data attribute while in flight => shows the data attribute`, async () => {
      const slow = `/slow?ms=400&file=${DATA}&key=${unique()}`;
      const element = await fixture<Career>(`<${tag} src="${slow}"></${tag}>`);
      element.setAttribute('data', JSON.stringify({ version: 1, title: 'Inline', paths: [{ id: 'a', name: 'Inline path' }] }));
      await waitUntil(() => shows(element, 'Inline path'));
      const witness = Object.assign(document.createElement(tag), { src: slow });
      element.after(witness);
      await waitUntil(() => shows(witness, 'Healthcare Management'));
      await element.updateComplete;
      expect(shows(element, 'Inline path')).to.equal(true);
    });

    it(`<${tag}> added later by innerHTML => renders`, async () => {
      const holder = await fixture<HTMLElement>(`<div></div>`);
      holder.innerHTML = `<section><${tag} src="${SMALL}"></${tag}></section>`;
      const element = holder.querySelector(tag)!;
      await waitUntil(() => shows(element, 'Small path'), 'the element added by innerHTML did not render');
    });

    it(`<${tag}> moved to another parent => keeps its view and still follows its light DOM`, async () => {
      const holder = await fixture<HTMLElement>(`<div><p></p><p></p></div>`);
      const element = document.createElement(tag);
      element.innerHTML = `<script type="application/json">${JSON.stringify({ version: 1, title: 'T', paths: [{ id: 'a', name: 'Before' }] })}</script>`;
      holder.firstElementChild!.append(element);
      await waitUntil(() => shows(element, 'Before'));
      holder.lastElementChild!.append(element);
      await element.updateComplete;
      expect(shows(element, 'Before')).to.equal(true);
      element.querySelector('script')!.textContent = JSON.stringify({ version: 1, title: 'T', paths: [{ id: 'a', name: 'After' }] });
      await waitUntil(() => shows(element, 'After'), 'a moved element stopped following its child script');
    });
  }
});

/** Counts what stays alive on the page: observers observing, listeners, pending timers. */
function countLive() {
  const live = { observers: new Map<object, Set<unknown>>(), listeners: new Map<EventTarget, Set<string>>(), timers: new Set<number>() };
  const restore: (() => void)[] = [];
  const patch = <T extends object, K extends keyof T>(target: T, key: K, wrap: (original: T[K]) => T[K]) => {
    const original = target[key];
    target[key] = wrap(original);
    restore.push(() => (target[key] = original));
  };
  const watched = (observer: object) => live.observers.get(observer) ?? live.observers.set(observer, new Set()).get(observer)!;
  for (const Observer of [MutationObserver, ResizeObserver, IntersectionObserver] as { prototype: any }[]) {
    patch(
      Observer.prototype,
      'observe',
      (original: any) =>
        function (this: object, target: unknown, ...rest: unknown[]) {
          watched(this).add(target);
          return original.call(this, target, ...rest);
        },
    );
    patch(
      Observer.prototype,
      'disconnect',
      (original: any) =>
        function (this: object) {
          live.observers.delete(this);
          return original.call(this);
        },
    );
    if ('unobserve' in Observer.prototype)
      patch(
        Observer.prototype,
        'unobserve',
        (original: any) =>
          function (this: object, target: unknown) {
            watched(this).delete(target);
            return original.call(this, target);
          },
      );
  }
  const key = (type: string, options?: boolean | EventListenerOptions) => `${type} ${typeof options === 'boolean' ? options : !!options?.capture}`;
  let next = 0;
  const ids = new WeakMap<object, number>();
  const idOf = (listener: object) => ids.get(listener) ?? (ids.set(listener, ++next), next);
  patch(
    EventTarget.prototype,
    'addEventListener',
    (original) =>
      function (this: EventTarget, type: string, listener: any, options?: any) {
        if (listener) (live.listeners.get(this) ?? live.listeners.set(this, new Set()).get(this)!).add(`${key(type, options)} ${idOf(listener)}`);
        return original.call(this, type, listener, options);
      },
  );
  patch(
    EventTarget.prototype,
    'removeEventListener',
    (original) =>
      function (this: EventTarget, type: string, listener: any, options?: any) {
        if (listener) live.listeners.get(this)?.delete(`${key(type, options)} ${idOf(listener)}`);
        return original.call(this, type, listener, options);
      },
  );
  for (const [set, clear] of [
    ['setTimeout', 'clearTimeout'],
    ['setInterval', 'clearInterval'],
  ] as const) {
    patch(
      window,
      set,
      (original: any) =>
        ((handler: any, ms?: number, ...args: unknown[]) => {
          const id: number = original(
            (...rest: unknown[]) => {
              if (set === 'setTimeout') live.timers.delete(id);
              return typeof handler === 'function' ? handler(...rest) : undefined;
            },
            ms,
            ...args,
          );
          live.timers.add(id);
          return id;
        }) as any,
    );
    patch(
      window,
      clear,
      (original: any) =>
        ((id: number) => {
          live.timers.delete(id);
          return original(id);
        }) as any,
    );
  }
  const count = () => ({
    observed: [...live.observers.values()].reduce((sum, targets) => sum + targets.size, 0),
    // Listeners on the page itself: elements that are gone take theirs with them.
    pageListeners: [...live.listeners]
      .filter(([target]) => !(target instanceof Node) || target === document || target === document.body)
      .reduce((sum, [, keys]) => sum + keys.size, 0),
    hostListeners: [...live.listeners]
      .filter(([target]) => target instanceof Element && /^career-/.test(target.localName))
      .reduce((sum, [, keys]) => sum + keys.size, 0),
    timers: live.timers.size,
  });
  return { count, restore: () => restore.reverse().forEach((undo) => undo()) };
}

/** Waits, frame by frame, until a condition holds (no timers: those are being counted). */
async function frames(condition: () => unknown, atLeast = 0) {
  for (let frame = 0; frame < atLeast || !condition(); frame++) {
    if (frame > 600) throw new Error('gave up waiting');
    await new Promise(requestAnimationFrame);
  }
}

describe('connecting and disconnecting 1,000 times', () => {
  it('should leave no observer, listener or timer behind', async () => {
    const page = watch();
    const counter = countLive();
    try {
      const before = counter.count();
      const [a, b] = [document.createElement('div'), document.createElement('div')];
      document.body.append(a, b);
      const elements = [
        Object.assign(document.createElement('career-compare'), { src: SMALL }),
        Object.assign(document.createElement('career-picker'), { src: SMALL }),
        Object.assign(document.createElement('career-picker'), { src: SMALL, id: `leak-${unique()}` }),
      ];
      elements[2].toggleAttribute('sync-url', true);
      a.append(...elements);
      for (const element of elements) await frames(() => shows(element, 'Small path'));
      const connected = counter.count();

      for (let i = 0; i < 1000; i++) {
        for (const element of elements) {
          (i % 2 ? a : b).append(element); // a move: disconnected, then connected
          if (i % 10 === 0) {
            element.remove();
            (i % 2 ? a : b).append(element);
          }
        }
        if (i % 100 === 0) await Promise.all(elements.map((element) => element.updateComplete));
      }
      await Promise.all(elements.map((element) => element.updateComplete));
      for (const element of elements) expect(shows(element, 'Small path'), element.localName).to.equal(true);
      expect(counter.count(), 'still connected, after 1,000 moves').to.deep.equal(connected);

      a.remove();
      b.remove();
      await frames(() => true, 2);
      const after = counter.count();
      expect(after.observed, 'observed targets').to.equal(before.observed);
      expect(after.pageListeners, 'listeners on the window and the document').to.equal(before.pageListeners);
      expect(after.timers, 'pending timers').to.be.at.most(before.timers);
      expect(page.thrown).to.deep.equal([]);
      expect(page.logged).to.deep.equal([]);
    } finally {
      counter.restore();
      page.stop();
    }
  });
});
