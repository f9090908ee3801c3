import { expect } from '@open-wc/testing';
import type { PropertyValues, ReactiveController } from 'lit';
import '../../src/career-paths.js';
import { CareerCompare } from '../../src/elements/career-compare.js';
import { CareerPicker } from '../../src/elements/career-picker.js';
import { frame, json, twoPaths } from '../helpers.js';

// The elements are LitElement classes: a page or a framework that subclasses them from npm gets
// the lifecycle Lit documents, and each element renders once on first paint.

/** Counts the element's renders and its `updated()` calls. */
class CountingCompare extends CareerCompare {
  renders = 0;
  updates: PropertyKey[][] = [];

  protected override render() {
    this.renders++;
    return super.render();
  }

  protected override updated(changed: PropertyValues) {
    this.updates.push([...changed.keys()]);
  }
}
customElements.define('counting-compare', CountingCompare);

class CountingPicker extends CareerPicker {
  renders = 0;

  protected override render() {
    this.renders++;
    return super.render();
  }
}
customElements.define('counting-picker', CountingPicker);

/** A picker that a page keeps from updating while `frozen` is set. */
class FrozenPicker extends CareerPicker {
  frozen = false;

  protected override shouldUpdate(changed: PropertyValues) {
    return !this.frozen && super.shouldUpdate(changed);
  }
}
customElements.define('frozen-picker', FrozenPicker);

/** Puts markup into a fixed-width box in the page, so that the width does not change while it renders. */
async function place<T extends Element>(markup: string) {
  const box = document.createElement('div');
  box.style.width = '600px';
  box.innerHTML = markup;
  document.body.append(box);
  const element = box.firstElementChild as T & { updateComplete: Promise<boolean> };
  await element.updateComplete;
  // The size observer reports in the next frames: a new width would render again.
  await frame();
  return { element, remove: () => box.remove() };
}

const script = (data: unknown) => `<script type="application/json">${JSON.stringify(data)}</script>`;

describe('the elements as LitElement classes', () => {
  for (const [markup, what] of [
    [`<counting-compare data='${json(twoPaths)}'></counting-compare>`, 'a data attribute'],
    [`<counting-compare>${script(twoPaths)}</counting-compare>`, 'a data script'],
    [`<counting-compare layout="stacked" data='${json(twoPaths)}'></counting-compare>`, 'a stacked layout'],
    [`<counting-picker data='${json(twoPaths)}' path="nursing" selected="rn"></counting-picker>`, 'a picker with a role open'],
    [`<counting-picker>${script(twoPaths)}</counting-picker>`, 'a picker with a data script'],
  ]) {
    it(`should render once on first paint, given ${what}`, async () => {
      const { element, remove } = await place<CountingCompare | CountingPicker>(markup);
      expect(element.shadowRoot!.querySelector('[part~="title"]')?.textContent).to.equal(twoPaths.title);
      expect(element.renders).to.equal(1);
      remove();
    });
  }

  it('should render once more for one change, and call updated() with what changed', async () => {
    const { element, remove } = await place<CountingCompare>(`<counting-compare data='${json(twoPaths)}'></counting-compare>`);
    element.highlight = 'pharmacy';
    element.setAttribute('heading-level', '3');
    await element.updateComplete;
    expect(element.renders).to.equal(2);
    expect(element.updates[element.updates.length - 1]).to.have.members(['highlight', 'headingLevel']);
    expect(element.shadowRoot!.querySelector('h3[part~="title"]')).to.not.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="badge"]')?.textContent).to.equal('Ours');
    remove();
  });

  it('should hold back an update that shouldUpdate() refuses, and make it once allowed', async () => {
    const { element, remove } = await place<FrozenPicker>(`<frozen-picker data='${json(twoPaths)}'></frozen-picker>`);
    const roles = () => element.shadowRoot!.querySelectorAll('[part~="results"] > ul:first-child > [part~="role"]').length;
    expect(roles()).to.equal(3);
    element.frozen = true;
    element.path = 'pharmacy';
    await element.updateComplete;
    expect(roles()).to.equal(3);
    element.frozen = false;
    element.requestUpdate();
    await element.updateComplete;
    expect(roles()).to.equal(1);
    remove();
  });

  it('should run a reactive controller around each update', async () => {
    const calls: string[] = [];
    const { element, remove } = await place<CareerCompare>(`<career-compare data='${json(twoPaths)}'></career-compare>`);
    const controller: ReactiveController = {
      hostUpdate: () => calls.push('update'),
      hostUpdated: () => calls.push(`updated: ${element.shadowRoot!.querySelector('[part~="badge"]')?.textContent}`),
    };
    element.addController(controller);
    element.highlight = 'nursing';
    await element.updateComplete;
    expect(calls).to.deep.equal(['update', 'updated: Our program']);
    remove();
  });
});
