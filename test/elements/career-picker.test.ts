import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/career-paths.js';
import type { CareerPicker } from '../../src/elements/career-picker.js';
import type { Dataset } from '../../src/dataset/format.js';
import { $, $$, choice, click, deepActive, expectFocus, HEALTHCARE, renderPicker, roleButton, tab, text, violations, waitUntil } from '../helpers.js';

let healthcare: Dataset;
before(async () => {
  healthcare = await (await fetch(HEALTHCARE)).json();
});

/** The role titles of each list in the results: the matching roles, then the others. */
const lists = (element: CareerPicker) =>
  $$(element, '[part~="results"] ul.roles').map((list) => [...list.querySelectorAll('[part~="role"] > button')].map(text));
const status = (element: CareerPicker) => text($(element, '[part~="status"]'));
const focused = (element: CareerPicker) => element.shadowRoot!.activeElement;

/** The career events an element raises, in order. */
function recorded(element: Element) {
  const events: CustomEvent[] = [];
  for (const type of ['career-filter', 'career-select']) element.addEventListener(type, (event) => events.push(event as CustomEvent));
  return events;
}

const MANAGEMENT = ['Hospital administrator', 'Executive director', 'Social welfare administrator', 'Health advocate', 'Practice administrator'];
const ADMINISTRATION = ['Clinical director', 'Health services manager', 'Office manager', 'Hospice care director', 'Medical records manager'];

describe('<career-picker>', () => {
  describe('when first rendered', () => {
    it('<career-picker src="…"> => every role in data order, "All paths" chosen, no interest ticked', async () => {
      const element = await renderPicker(html`<career-picker src=${HEALTHCARE}></career-picker>`);
      expect(lists(element)).to.deep.equal([[...MANAGEMENT, ...ADMINISTRATION]]);
      expect(choice(element, 'All paths').checked).to.be.true;
      expect($$<HTMLInputElement>(element, '[type="checkbox"]').filter((box) => box.checked)).to.be.empty;
    });

    it('should have an empty status region, so nothing is announced on load', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      const region = $(element, '[part~="status"]');
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.textContent).to.equal('');
    });

    it('should offer the paths as a radio group in a fieldset: all paths, then each path', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      const fieldset = $(element, '[part~="filters"] fieldset');
      expect(text(fieldset.querySelector('legend'))).to.equal('Which path interests you?');
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
      expect(radios.map((input) => input.type)).to.deep.equal(['radio', 'radio', 'radio']);
      expect(radios.map((input) => text(input.closest('label')))).to.deep.equal(['All paths', 'Healthcare Management', 'Healthcare Administration']);
    });

    it('should offer the interests as checkboxes in a fieldset asking "What do you enjoy?"', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      const fieldset = $$(element, '[part~="filters"] fieldset')[1];
      expect(text(fieldset.querySelector('legend'))).to.equal('What do you enjoy?');
      const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
      expect(boxes.every((input) => input.type === 'checkbox')).to.be.true;
      expect(boxes.map((input) => text(input.closest('label')))).to.deep.equal(healthcare.interests!.map((interest) => interest.label));
    });

    it('<career-picker> with data without interests => no interest fieldset', async () => {
      const data = { version: 1, title: 'T', paths: [{ id: 'p', name: 'P' }], roles: [{ id: 'r', title: 'R', path: 'p' }] };
      const element = await renderPicker(html`<career-picker .data=${data}></career-picker>`);
      expect($$(element, 'fieldset')).to.have.length(1);
      expect(lists(element)).to.deep.equal([['R']]);
    });

    it('<career-picker path="administration" interests="patients" selected="office-manager"> => that choice is shown', async () => {
      const element = await renderPicker(
        html`<career-picker .data=${healthcare} path="administration" interests="patients" selected="office-manager"></career-picker>`,
      );
      expect(choice(element, 'Healthcare Administration').checked).to.be.true;
      expect(choice(element, 'Helping patients and families').checked).to.be.true;
      expect(lists(element)[0]).to.deep.equal(['Health services manager', 'Office manager', 'Hospice care director']);
      expect(roleButton(element, 'Office manager').getAttribute('aria-expanded')).to.equal('true');
      expect(status(element)).to.equal('');
    });

    it('<career-picker path="nope" interests="strategy nada"> => an error in place naming the attributes', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} path="nope" interests="strategy nada"></career-picker>`);
      const error = text($(element, '[part~="error"]'));
      expect(error).to.contain('path: "nope" is not a path id');
      expect(error).to.contain('interests: "nada" is not an interest id');
    });
  });

  describe('when the student chooses a path', () => {
    it("should show only that path's roles, say how many match and reflect the path attribute", async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      await click(choice(element, 'Healthcare Administration'));
      await element.updateComplete;
      expect(lists(element)).to.deep.equal([ADMINISTRATION]);
      expect(status(element)).to.equal('5 roles match');
      expect(element.getAttribute('path')).to.equal('administration');
      await click(choice(element, 'All paths'));
      await element.updateComplete;
      expect(lists(element)).to.deep.equal([[...MANAGEMENT, ...ADMINISTRATION]]);
      expect(status(element)).to.equal('10 roles match');
      expect(element.hasAttribute('path')).to.be.false;
    });

    it('should neither move the focus nor scroll the page', async () => {
      const holder = await fixture(html`<div style="padding-block: 100vh"><career-picker .data=${healthcare}></career-picker></div>`);
      const element = holder.firstElementChild as CareerPicker;
      await waitUntil(() => element.shadowRoot!.querySelector('fieldset'));
      const target = choice(element, 'Healthcare Management');
      target.scrollIntoView({ block: 'center' });
      const scrolled = scrollY;
      await click(target);
      await element.updateComplete;
      expectFocus(focused(element), target);
      expect(scrollY).to.equal(scrolled);
      const box = choice(element, 'Money and budgets');
      box.scrollIntoView({ block: 'center' });
      const again = scrollY;
      await click(box);
      await element.updateComplete;
      expectFocus(focused(element), box);
      expect(scrollY).to.equal(again);
    });

    it('should move and check with the arrow keys within the radio group', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      choice(element, 'All paths').focus();
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expectFocus(focused(element), choice(element, 'Healthcare Management'));
      expect(choice(element, 'Healthcare Management').checked).to.be.true;
      expect(element.path).to.equal('management');
      expect(status(element)).to.equal('5 roles match');
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(element.path).to.equal('administration');
      expect(lists(element)).to.deep.equal([ADMINISTRATION]);
      await sendKeys({ press: 'ArrowUp' });
      await element.updateComplete;
      expect(element.path).to.equal('management');
      expect(lists(element)).to.deep.equal([MANAGEMENT]);
    });
  });

  describe('when the student ticks interests', () => {
    it('should toggle a checkbox with Space and reflect the interests attribute', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      const box = choice(element, 'Records and data');
      box.focus();
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(box.checked).to.be.true;
      expect(element.getAttribute('interests')).to.equal('records');
      expect(status(element)).to.equal('3 roles match');
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(box.checked).to.be.false;
      expect(element.hasAttribute('interests')).to.be.false;
      expect(status(element)).to.equal('10 roles match');
    });

    it('should rank the roles by how many chosen interests they match and say which', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      await click(choice(element, 'Healthcare Management'));
      await click(choice(element, 'Planning and strategy'));
      await click(choice(element, 'Money and budgets'));
      await element.updateComplete;
      expect(element.getAttribute('interests')).to.equal('strategy finance');
      expect(lists(element)).to.deep.equal([
        ['Executive director', 'Hospital administrator', 'Social welfare administrator', 'Health advocate', 'Practice administrator'],
      ]);
      const reasons = $$(element, '[part~="role"] > .muted').map((line) => line.innerText.trim());
      expect(reasons[0]).to.equal('Healthcare Management\nMatches: Planning and strategy, Money and budgets');
      expect(reasons[3]).to.equal('Healthcare Management\nMatches: Money and budgets');
      expect(status(element)).to.equal('5 roles match');
    });

    it('should list the roles that match none of the interests apart, under "Other roles"', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} heading-level="3"></career-picker>`);
      await click(choice(element, 'Records and data'));
      await element.updateComplete;
      expect(lists(element)).to.deep.equal([
        ['Health advocate', 'Office manager', 'Medical records manager'],
        [
          'Hospital administrator',
          'Executive director',
          'Social welfare administrator',
          'Practice administrator',
          'Clinical director',
          'Health services manager',
          'Hospice care director',
        ],
      ]);
      const heading = $(element, '[part~="results"] h4');
      expect(text(heading)).to.equal('Other roles');
      expect(heading.nextElementSibling!.matches('ul.roles')).to.be.true;
      expect(status(element)).to.equal('3 roles match');
    });

    it('should say "1 role matches" for one match', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} path="management"></career-picker>`);
      await click(choice(element, 'Schedules and staffing'));
      await element.updateComplete;
      expect(status(element)).to.equal('1 role matches');
      expect(lists(element)[0]).to.deep.equal(['Practice administrator']);
    });

    it('should announce again when a change leaves the count the same', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      const region = $(element, '[part~="status"]');
      await click(choice(element, 'Healthcare Management'));
      await element.updateComplete;
      const first = region.textContent;
      await click(choice(element, 'Healthcare Administration'));
      await element.updateComplete;
      expect(status(element)).to.equal('5 roles match');
      expect(region.textContent).not.to.equal(first);
    });
  });

  describe('when nothing matches', () => {
    it('should say so, and a click on "Clear choices" should reset the choice and focus "All paths"', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} path="administration"></career-picker>`);
      const events = recorded(element);
      await click(choice(element, 'Money and budgets'));
      await element.updateComplete;
      expect(text($(element, '[part~="results"] > p'))).to.equal('No role matches your choices. Clear choices');
      expect(status(element)).to.equal('No role matches your choices.');
      expect(lists(element)).to.deep.equal([ADMINISTRATION]);
      await click($(element, '[part~="results"] > p > button'));
      await element.updateComplete;
      expect(element.hasAttribute('path')).to.be.false;
      expect(element.hasAttribute('interests')).to.be.false;
      expect(lists(element)).to.deep.equal([[...MANAGEMENT, ...ADMINISTRATION]]);
      expect(status(element)).to.equal('10 roles match');
      expectFocus(focused(element), choice(element, 'All paths'));
      expect(events.map((event) => event.detail)).to.deep.equal([
        { pathId: 'administration', interests: ['finance'], matches: [] },
        { pathId: null, interests: [], matches: healthcare.roles!.map((role) => role.id) },
      ]);
    });

    it('<career-picker> on a path without roles => "No role matches" and the clear button', async () => {
      const data = {
        version: 1,
        title: 'T',
        paths: [
          { id: 'p', name: 'P' },
          { id: 'q', name: 'Q' },
        ],
        roles: [{ id: 'r', title: 'R', path: 'p' }],
      };
      const element = await renderPicker(html`<career-picker .data=${data}></career-picker>`);
      await click(choice(element, 'Q'));
      await element.updateComplete;
      expect(lists(element)).to.deep.equal([]);
      expect(status(element)).to.equal('No role matches your choices.');
      const clear = $(element, '[part~="results"] button');
      expect(text(clear)).to.equal('Clear choices');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(lists(element)).to.deep.equal([['R']]);
      expectFocus(focused(element), choice(element, 'All paths'));
    });
  });

  describe('when the student opens a role', () => {
    it('should show its path, summary, duties, O*NET-SOC code and call to action', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} link-params="utm_source=site"></career-picker>`);
      const button = roleButton(element, 'Health services manager');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(element, '[part~="role-details"]')).to.be.null;
      await click(button);
      await element.updateComplete;
      const role = healthcare.roles!.find((r) => r.id === 'health-services-manager')!;
      const details = $(element, '[part~="role-details"]');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(details);
      expect(details.closest('[part~="role"]')).to.equal(button.parentElement);
      expect(text(details)).to.contain(`Path Healthcare Administration`);
      expect(text(details)).to.contain(role.summary!);
      expect([...details.querySelectorAll('ul li')].map(text)).to.deep.equal(role.duties);
      const onet = details.querySelector('dd a')!;
      expect(onet.getAttribute('href')).to.equal('https://www.onetonline.org/link/summary/11-9111.00');
      expect(text(onet)).to.equal('11-9111.00');
      const cta = details.querySelector('[part~="cta"]')!;
      expect(text(cta)).to.equal(healthcare.cta!.label);
      expect(cta.getAttribute('href')).to.equal(`${healthcare.cta!.href}?utm_source=site`);
      expect(element.getAttribute('selected')).to.equal('health-services-manager');
    });

    it('should toggle with Enter and Space, keeping the focus on the button', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      const button = roleButton(element, 'Office manager');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expectFocus(focused(element), button);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(element, '[part~="role-details"]')).to.be.null;
      expect(element.hasAttribute('selected')).to.be.false;
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expectFocus(focused(element), button);
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expectFocus(focused(element), button);
    });

    it('link-params changed while a role is open => its link carries the new parameters', async () => {
      const element = await renderPicker(
        html`<career-picker .data=${healthcare} selected="health-services-manager" link-params="utm_source=site"></career-picker>`,
      );
      element.setAttribute('link-params', 'utm_source=other');
      await element.updateComplete;
      expect($(element, '[part~="role-details"] [part~="cta"]').getAttribute('href')).to.equal(`${healthcare.cta!.href}?utm_source=other`);
    });

    it('should keep one role open at a time', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      await click(roleButton(element, 'Office manager'));
      await click(roleButton(element, 'Health advocate'));
      await element.updateComplete;
      expect($$(element, '[aria-expanded="true"]').map(text)).to.deep.equal(['Health advocate']);
      expect($$(element, '[part~="role-details"]')).to.have.length(1);
    });

    it("should use the role's call to action, else its path's, else the dataset's", async () => {
      const cta = (label: string) => ({ label, href: `https://example.edu/${label}` });
      const data = {
        version: 1,
        title: 'T',
        paths: [
          { id: 'p', name: 'P', cta: cta('path') },
          { id: 'q', name: 'Q' },
        ],
        roles: [
          { id: 'own', title: 'Own', path: 'p', cta: cta('role') },
          { id: 'of-path', title: 'Of path', path: 'p' },
          { id: 'of-data', title: 'Of data', path: 'q' },
        ],
        cta: cta('data'),
      };
      const element = await renderPicker(html`<career-picker .data=${data}></career-picker>`);
      const shown = [];
      for (const title of ['Own', 'Of path', 'Of data']) {
        await click(roleButton(element, title));
        await element.updateComplete;
        shown.push(text($(element, '[part~="role-details"] [part~="cta"]')));
      }
      expect(shown).to.deep.equal(['role', 'path', 'data']);
    });

    it('should raise a cancelable career-cta with the role when its link is activated', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} selected="office-manager"></career-picker>`);
      let detail: unknown;
      element.addEventListener('career-cta', (event) => {
        detail = event.detail;
        event.preventDefault();
      });
      await click($(element, '[part~="role-details"] [part~="cta"]'));
      expect(detail).to.deep.equal({ href: healthcare.cta!.href, pathId: 'administration', roleId: 'office-manager', source: 'picker' });
    });
  });

  describe('when the data changes', () => {
    it('new data sharing the role objects, with paths renamed => the roles show the new names', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} selected="office-manager"></career-picker>`);
      const paths = healthcare.paths.map((path) => ({ ...path, name: `${path.name} (new)` }));
      element.data = { ...healthcare, paths };
      await element.updateComplete;
      const role = roleButton(element, 'Office manager').closest('[part~="role"]')!;
      expect(text(role.querySelector('.muted'))).to.equal('Healthcare Administration (new)');
      expect(text(role.querySelector('[part~="role-details"] dd'))).to.equal('Healthcare Administration (new)');
    });
  });

  describe('events', () => {
    it('should raise career-filter with the path, the interests and the matching roles in shown order', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      const events = recorded(element);
      await click(choice(element, 'Healthcare Management'));
      await click(choice(element, 'Money and budgets'));
      await click(choice(element, 'Planning and strategy'));
      const last = events[2];
      expect(events.map((event) => event.type)).to.deep.equal(['career-filter', 'career-filter', 'career-filter']);
      expect(events[0].detail).to.deep.equal({
        pathId: 'management',
        interests: [],
        matches: ['hospital-administrator', 'executive-director', 'social-welfare-administrator', 'health-advocate', 'practice-administrator'],
      });
      expect(events[1].detail).to.deep.equal({
        pathId: 'management',
        interests: ['finance'],
        matches: ['executive-director', 'health-advocate', 'practice-administrator'],
      });
      expect(last.detail.interests).to.deep.equal(['strategy', 'finance']);
      expect(last.detail.matches[0]).to.equal('executive-director');
      expect(last.bubbles && last.composed).to.be.true;
    });

    it('should raise career-select with the role and its path when a role is opened, and with null ids when it is closed', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      const events = recorded(element);
      await click(roleButton(element, 'Clinical director'));
      await click(roleButton(element, 'Clinical director'));
      expect(events.map((event) => [event.type, event.detail])).to.deep.equal([
        ['career-select', { roleId: 'clinical-director', pathId: 'administration' }],
        ['career-select', { roleId: null, pathId: null }],
      ]);
      expect(events[0].bubbles && events[0].composed).to.be.true;
    });

    it('should raise nothing when code sets path, interests or selected', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      const events = recorded(element);
      element.path = 'management';
      element.interests = 'finance';
      element.selected = 'health-advocate';
      await element.updateComplete;
      element.setAttribute('path', 'administration');
      element.setAttribute('interests', 'patients records');
      element.setAttribute('selected', 'office-manager');
      await element.updateComplete;
      expect(lists(element)[0]).to.deep.equal(['Office manager', 'Health services manager', 'Hospice care director', 'Medical records manager']);
      expect(roleButton(element, 'Office manager').getAttribute('aria-expanded')).to.equal('true');
      expect(events).to.be.empty;
      expect(status(element)).to.equal('');
    });
  });

  describe('with a long list of roles', () => {
    /** 130 roles over two paths; every third one matches the "people" interest. */
    const long = (): Dataset => ({
      version: 1,
      title: 'Many roles',
      paths: [
        { id: 'even', name: 'Even' },
        { id: 'odd', name: 'Odd' },
      ],
      interests: [{ id: 'people', label: 'People' }],
      roles: Array.from({ length: 130 }, (_, i) => ({
        id: `role-${i}`,
        title: `Role ${i}`,
        path: i % 2 ? 'odd' : 'even',
        interests: i % 3 ? [] : ['people'],
      })),
    });
    const titles = (data: Dataset, keep: (i: number) => boolean) => data.roles!.map((role) => role.title).filter((_, i) => keep(i));

    it('<career-picker> with 130 roles => every role at once, in data order', async () => {
      const data = long();
      const element = await renderPicker(html`<career-picker .data=${data}></career-picker>`);
      expect(lists(element)).to.deep.equal([titles(data, () => true)]);
    });

    it('click "Odd" => every odd role, in data order, and nothing else', async () => {
      const data = long();
      const element = await renderPicker(html`<career-picker .data=${data}></career-picker>`);
      await click(choice(element, 'Odd'));
      await waitUntil(() => status(element) === '65 roles match', status(element));
      expect(lists(element)).to.deep.equal([titles(data, (i) => i % 2 === 1)]);
    });

    it('tick "People" => the 44 matching roles, then every other role under "Other roles"', async () => {
      const data = long();
      const element = await renderPicker(html`<career-picker .data=${data}></career-picker>`);
      await click(choice(element, 'People'));
      await waitUntil(() => status(element) === '44 roles match', status(element));
      expect(lists(element)).to.deep.equal([titles(data, (i) => i % 3 === 0), titles(data, (i) => i % 3 !== 0)]);
      expect(text($(element, '[part~="results"] h3'))).to.equal('Other roles');
    });

    it('Odd, People, then all paths and no interest => each list in its order; Enter on a role then keeps the focus', async () => {
      const data = long();
      const element = await renderPicker(html`<career-picker .data=${data}></career-picker>`);
      await click(choice(element, 'Odd'));
      await click(choice(element, 'People'));
      await waitUntil(() => status(element) === '22 roles match', status(element));
      expect(lists(element)).to.deep.equal([titles(data, (i) => i % 6 === 3), titles(data, (i) => i % 2 === 1 && i % 3 !== 0)]);
      await click(choice(element, 'All paths'));
      await click(choice(element, 'People'));
      await waitUntil(() => status(element) === '130 roles match', status(element));
      expect(lists(element)).to.deep.equal([titles(data, () => true)]);
      const button = roleButton(element, 'Role 121');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      // A boolean: a failed comparison of elements would print the whole element.
      expectFocus(focused(element), button, 'the focus left the button');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expectFocus(focused(element), button, 'the focus left the button');
    });

    it('<career-picker selected="role-120"> => that role is open, far down the list', async () => {
      const element = await renderPicker(html`<career-picker selected="role-120" .data=${long()}></career-picker>`);
      expect(roleButton(element, 'Role 120').getAttribute('aria-expanded')).to.equal('true');
      expect(text($(element, '[part~="role-details"] dd'))).to.equal('Even');
    });

    it('Tab from the first role => every role in turn, each one on screen when it has the focus', async () => {
      const data = long();
      const element = await renderPicker(html`<career-picker .data=${data}></career-picker>`);
      roleButton(element, 'Role 0').focus();
      const reached = [text(deepActive())];
      const offScreen: string[] = [];
      for (let i = 1; i < 130; i++) {
        await tab();
        const box = deepActive()!.getBoundingClientRect();
        reached.push(text(deepActive()));
        // A fraction of a pixel past an edge is rounding.
        if (box.height === 0 || box.top < -1 || box.bottom > innerHeight + 1)
          offScreen.push(`${text(deepActive())} ${box.top} ${box.bottom} ${innerHeight} ${scrollY}`);
      }
      expect(reached).to.deep.equal(titles(data, () => true));
      expect(offScreen.join('; ')).to.equal('');
    });
  });

  describe('words and look', () => {
    it('<career-picker lang="es"> => Spanish words, the count in digits', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} lang="es"></career-picker>`);
      expect(text($(element, 'legend'))).to.equal('¿Qué trayectoria te interesa?');
      await click(choice(element, 'Healthcare Administration'));
      await element.updateComplete;
      expect(status(element)).to.equal('5 puestos coinciden');
    });

    it('lang="es" set on a shown picker => the roles in Spanish too, an open one included', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare} interests="patients" selected="office-manager"></career-picker>`);
      element.setAttribute('lang', 'es');
      await element.updateComplete;
      const role = roleButton(element, 'Office manager').closest('[part~="role"]')!;
      expect(text(role.querySelector('.muted'))).to.contain('Coincide con:');
      expect(text(role.querySelector('[part~="role-details"] dt'))).to.equal('Trayectoria');
    });

    it("should take the words from the dataset's strings", async () => {
      const data = { ...healthcare, strings: { matches: '{n} careers fit', interestQuestion: 'What do you like?' } };
      const element = await renderPicker(html`<career-picker .data=${data}></career-picker>`);
      expect(text($$(element, 'legend')[1])).to.equal('What do you like?');
      await click(choice(element, 'Healthcare Management'));
      await element.updateComplete;
      expect(status(element)).to.equal('5 careers fit');
    });

    it('should fit a 320px wide column with targets of at least 24×24 px', async () => {
      const holder = await fixture(html`<div style="width: 320px"><career-picker .data=${healthcare} selected="hospital-administrator"></career-picker></div>`);
      const element = holder.firstElementChild as CareerPicker;
      await waitUntil(() => element.shadowRoot!.querySelector('fieldset'));
      expect(element.scrollWidth).to.be.at.most(320);
      expect(element.shadowRoot!.querySelector('div')!.scrollWidth).to.be.at.most(320);
      for (const target of $$(element, 'label, button, [part~="cta"]')) {
        const box = target.getBoundingClientRect();
        expect(box.height, text(target)).to.be.at.least(24);
        expect(box.width, text(target)).to.be.at.least(24);
        expect(box.right, text(target)).to.be.at.most(holder.getBoundingClientRect().right + 0.5);
      }
    });

    it('should show a 2px focus outline on a role button reached by keyboard', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      choice(element, 'Schedules and staffing').focus();
      await sendKeys({ press: 'Tab' });
      const button = roleButton(element, 'Hospital administrator');
      expectFocus(focused(element), button);
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');
      expect(getComputedStyle(button).outlineWidth).to.equal('2px');
    });
  });

  describe('accessibility', () => {
    const check = async (element: CareerPicker) => expect(await violations(element)).to.deep.equal([]);

    it('should pass axe when first shown, filtered, empty and with a role open', async () => {
      const element = await renderPicker(html`<career-picker .data=${healthcare}></career-picker>`);
      await check(element);
      await click(choice(element, 'Records and data'));
      await click(roleButton(element, 'Office manager'));
      await element.updateComplete;
      await check(element);
      await click(choice(element, 'Healthcare Administration'));
      await click(choice(element, 'Money and budgets'));
      await click(choice(element, 'Records and data'));
      await element.updateComplete;
      expect(status(element)).to.equal('No role matches your choices.');
      await check(element);
    });
  });
});
