import { html, type TemplateResult } from 'lit';
import type { DataIssue } from '../dataset/validate.js';
import { plural } from './fields.js';

/** The steps of the work, in order, as the page names them. */
export const STEPS = [
  { id: 'step-content', name: 'Content' },
  { id: 'step-check', name: 'Check' },
  { id: 'step-place', name: 'Place it on your site' },
] as const;

/** The list of steps at the top of the forms, each a link to its part of the page. */
export const stepsNav = () =>
  html`<nav class="steps" aria-label="Steps">
    <ol>
      ${STEPS.map((step) => html`<li><a href="#${step.id}">${step.name}</a></li>`)}
    </ol>
  </nav>`;

/** A step of the page: its heading, numbered, and its parts. */
export function workStep(index: number, body: TemplateResult) {
  const { id, name } = STEPS[index];
  return html`<section class="step" id=${id} aria-labelledby="${id}-heading">
    <h2 id="${id}-heading"><span class="step-number">${index + 1}.</span> ${name}</h2>
    ${body}
  </section>`;
}

/** The section of the forms that a field is in: a list's name, else "about". */
export const sectionOf = (field: string) => field.match(/^(paths|criteria|interests|roles)\b/)?.[1] ?? 'about';

/** How many problems the fields of a section have. Problems of no field (JSON view only) count nowhere. */
export function problemsIn(section: string, placed: Map<string, DataIssue[]>) {
  let count = 0;
  for (const [field, found] of placed) if (field && sectionOf(field) === section) count += found.length;
  return count;
}

/** What a section's heading says besides its name: its items, if it has some, and its problems. */
export function counts(problems: number, items?: [number, string, string]) {
  const said = [problems ? plural(problems, 'problem') : 'no problems'];
  if (items) said.unshift(plural(...items));
  return said.join(', ');
}

interface PartOptions {
  /** The section's name in ids: "about", "paths", … */
  id: string;
  heading: string;
  counts: string;
  /** Whether any of its fields has a problem: the counts then show in the problems' colour. */
  troubled: boolean;
  open: boolean;
  toggle: () => void;
}

/**
 * A section of the forms that folds to its heading: the heading holds a disclosure button (the
 * APG's accordion pattern), so that the section stays a heading to jump to and says its counts.
 */
export function part({ id, heading, counts, troubled, open, toggle }: PartOptions, body: TemplateResult) {
  return html`<section class="part" aria-labelledby="${id}-heading" data-part=${id}>
    <h3>
      <button type="button" class="disclosure" id="${id}-heading" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-body" @click=${toggle}>
        ${heading} <span class=${troubled ? 'counts problem' : 'counts'}>(${counts})</span>
      </button>
    </h3>
    <div id="${id}-body" class="part-body" ?hidden=${!open}>${body}</div>
  </section>`;
}
