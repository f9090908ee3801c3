/**
 * The editor's fields: a label, a hint, the value, and the field's problem in plain words beside
 * it, tied to it with `aria-describedby` (always in the same document: no id reaches across a
 * shadow root). A problem shows once its field has been left, or once "Check" is pressed: never
 * while a person has not yet had the chance to type. Fields that few need sit under "More options".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../dataset/format.js';
import type { DataIssue } from '../dataset/validate.js';
import { fieldId, fromLines, labelOf, setIn, steps, toLines } from './fields.js';
import { isMissing, languageCode, LANGUAGES, linkSuggestion, plainProblem } from './plain.js';

/** What the fields read and change: the editor's dataset, its problems, and the way to edit it. */
export interface FormData {
  readonly dataset: Dataset;
  /** The validator's issues grouped by the field that shows them (`placeIssues`). */
  readonly placed: Map<string, DataIssue[]>;
  edit(next: Dataset, field?: string): void;
  update(): void;
}

/** What the person has done with the fields: kept by the editor, changed here. */
export interface FormState {
  /** The fields (JSON paths) left at least once: their problems show. */
  left: Set<string>;
  /** The fields typed in: what is wrong there shows once they are left. */
  typed: Set<string>;
  /** "Check" was pressed: every problem shows. */
  checking: boolean;
  /** The items (`paths[0]`) whose "More options" are open. */
  more: Set<string>;
  /** A language code typed under "Other…" that is not (yet) one, and whether "Other…" is chosen. */
  langDraft: string | undefined;
  otherLang: boolean;
}

export const formState = (): FormState => ({ left: new Set(), typed: new Set(), checking: false, more: new Set(), langDraft: undefined, otherLang: false });

export interface FieldOptions {
  label?: string;
  hint?: string;
  lines?: boolean;
  long?: boolean;
  kind?: 'url' | 'text';
}

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

/** The field helpers over `data` and `state`. */
export function forms(data: FormData, state: FormState) {
  const under = (set: Set<string>, path: string) => set.has(path) || [...set].some((each) => each.startsWith(`${path}.`) || each.startsWith(`${path}[`));

  /**
   * Whether a problem at `path` (a field, an item or a list) shows yet: once the field was left,
   * or "Check" pressed. Before that, what is missing (an empty title, no path yet) does not show,
   * nor what is wrong in a field being typed in; what is wrong in data opened, imported or
   * restored shows at once.
   */
  const showsIssue = (issue: DataIssue | undefined, path: string) =>
    state.checking || under(state.left, path) || (!!issue && !isMissing(issue) && !under(state.typed, path));
  /** Whether anything at `path` would show, were it wrong. */
  const shows = (path: string) => showsIssue(undefined, path);

  /** The problems at `path` in plain words, those that show yet. */
  function shown(path: string): string[] | undefined {
    const problems = data.placed.get(path)?.filter((issue) => showsIssue(issue, path));
    return problems?.length ? problems.map((issue) => plainProblem(issue, path, data.dataset)) : undefined;
  }

  /**
   * Whether item `own` (`roles[24]`) has a problem that shows: for the summary of a closed item.
   * Worked out for all items at once, again only when the problems or what shows changed.
   */
  const withProblems: { key: unknown[]; items: Set<string> } = { key: [], items: new Set() };
  function hasShown(own: string) {
    const key = [data.placed, state.checking, state.left.size, state.typed.size];
    if (key.some((each, i) => each !== withProblems.key[i])) {
      withProblems.key = key;
      withProblems.items = new Set();
      for (const [path, issues] of data.placed) {
        const item = path.match(/^\w+\[\d+\]/)?.[0];
        if (item && issues.some((issue) => showsIssue(issue, path))) withProblems.items.add(item);
      }
    }
    return withProblems.items.has(own);
  }

  /** A key that changes whenever what the fields of item `own` show changes. */
  const keyOf = (own: string) => {
    const mine = (set: Set<string>) => [...set].filter((path) => path.startsWith(`${own}.`) || path === own).join(',');
    return `${state.checking}|${state.more.has(own)}|${mine(state.left)}|${mine(state.typed)}`;
  };

  /** Marks a field as left: from then on its problems show. */
  function leave(path: string) {
    if (state.left.has(path)) return;
    state.left.add(path);
    data.update();
  }

  const problem = (id: string, words?: string[], extra: TemplateResult | typeof nothing = nothing) =>
    words || extra !== nothing ? html`<p class="problem" id="${id}-problem">${(words ?? []).join('; ')}${extra}</p>` : nothing;

  /** A labelled field for the text at `path`, its problems beside it. */
  function field(path: string, value: unknown, change: (value: string) => Dataset, options: FieldOptions = {}) {
    const id = fieldId(path);
    const words = shown(path);
    const suggestion = options.kind === 'url' && typeof value === 'string' && (shows(path) || !state.typed.has(path)) ? linkSuggestion(value) : undefined;
    const invalid = !!words || !!suggestion;
    const described = [options.hint && `${id}-hint`, invalid && `${id}-problem`].filter(Boolean).join(' ') || nothing;
    const input = (event: Event) => {
      state.typed.add(path);
      data.edit(change(valueOf(event)), path);
    };
    const fix = suggestion
      ? html`${words ? ' ' : ''}Did you mean ${suggestion}?
          <button type="button" class="link" id="${id}-fix" @click=${() => data.edit(change(suggestion), path)}>Use ${suggestion}</button>`
      : nothing;
    return html`<div class="field">
      <label for=${id}>${options.label ?? labelOf(path)}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      ${
        options.lines || options.long
          ? html`<textarea id=${id} rows="3" .value=${toLines(value)} aria-invalid=${invalid ? 'true' : nothing} aria-describedby=${described}
              @input=${input} @blur=${() => leave(path)}></textarea>`
          : html`<input
            type="text"
            id=${id}
            inputmode=${options.kind === 'url' ? 'url' : nothing}
            autocapitalize=${options.kind === 'url' ? 'off' : nothing}
            .value=${typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
            aria-invalid=${invalid ? 'true' : nothing}
            aria-describedby=${described}
            @input=${input}
            @blur=${() => leave(path)}
          />`
      }
      ${problem(id, words, fix)}
    </div>`;
  }

  /** A text field that leaves the key out of the data when it is emptied. */
  const optional = (path: string, value: unknown, options: FieldOptions = {}) =>
    field(path, value, (text) => setIn(data.dataset, steps(path), text === '' ? undefined : options.lines ? fromLines(text) : text), options);
  const required = (path: string, value: unknown, options: FieldOptions = {}) => field(path, value, (text) => setIn(data.dataset, steps(path), text), options);

  /**
   * A checkbox for the flag at `path`: checked writes `true`, unchecked leaves the key out.
   * `context` goes before the label for screen readers only: the label beside the box does not
   * say what it belongs to, the fields above it do.
   */
  function flag(path: string, value: unknown, context: string) {
    const id = fieldId(path);
    const words = shown(path);
    const change = (event: Event) => data.edit(setIn(data.dataset, steps(path), (event.target as HTMLInputElement).checked ? true : undefined));
    return html`<div class="field">
      <label class="choice">
        <input type="checkbox" id=${id} .checked=${value === true} aria-invalid=${words ? 'true' : nothing}
          aria-describedby=${words ? `${id}-problem` : nothing} @change=${change} @blur=${() => leave(path)} />
        <span><span class="visually-hidden">${context} </span>${labelOf(path)}</span>
      </label>
      ${problem(id, words)}
    </div>`;
  }

  /** The call to action's words and link; its "new tab" goes under More options (`more`). */
  const cta = (prefix: string, value: unknown) => {
    const link = (value ?? {}) as Record<string, unknown>;
    return html`${optional(`${prefix}cta.label`, link.label)}
    ${optional(`${prefix}cta.href`, link.href, { kind: 'url', hint: 'A web address (https://…), a page of your site (/apply), mailto: or tel:.' })}`;
  };
  const newTab = (prefix: string, value: unknown) => flag(`${prefix}cta.newTab`, ((value ?? {}) as Record<string, unknown>).newTab, 'Call to action:');

  const source = (prefix: string, value: unknown) => {
    const from = (value ?? {}) as Record<string, unknown>;
    return html`${optional(`${prefix}source.name`, from.name)} ${optional(`${prefix}source.url`, from.url, { kind: 'url' })}
    ${optional(`${prefix}source.date`, from.date, { hint: 'Such as 2024-05.' })}`;
  };

  /**
   * The fields few need (ids, codes, sources, badges, "new tab") of item `own`, in a disclosure:
   * closed, they are out of the Tab order. It opens by itself when one of `fields` (their JSON
   * paths) shows a problem.
   */
  function more(own: string, fields: string[], body: TemplateResult) {
    const problems = fields.some((path) => !!shown(path));
    const toggle = (event: Event) => {
      const open = (event.target as HTMLDetailsElement).open;
      if (open === state.more.has(own)) return;
      if (open) state.more.add(own);
      else state.more.delete(own);
    };
    return html`<details class="more" ?open=${problems || state.more.has(own)} @toggle=${toggle}>
      <summary>More options${problems ? html` <span class="problem">(has problems)</span>` : nothing}</summary>
      ${body}
    </details>`;
  }

  /**
   * The "Language" control: English, Español, or another language by its code, checked as a
   * BCP 47 tag. It sets the dataset's `lang`, which chooses the widget's built-in words. A code
   * that is none (`English`) is never written into the data: it stays in the field, with why.
   */
  function language() {
    const lang = typeof data.dataset.lang === 'string' ? data.dataset.lang : '';
    const listed = LANGUAGES.some((each) => each.code === lang);
    const other = state.otherLang || !listed;
    const chosen = other ? 'other' : lang;
    const typed = state.langDraft ?? lang;
    const checked = other && (state.langDraft !== undefined || !listed) ? languageCode(typed) : undefined;
    const trouble = checked && 'problem' in checked && (shows('lang') || state.langDraft === undefined) ? checked : undefined;
    const choose = (event: Event) => {
      const value = valueOf(event);
      state.otherLang = value === 'other';
      state.langDraft = undefined;
      if (value === 'other') return data.update();
      data.edit(setIn(data.dataset, ['lang'], value || undefined));
    };
    // What is typed stays as typed while it is typed; a code is written into the data as soon as
    // it is one (so "es" shows at once), in its usual case once the field is left.
    const type = (value: string) => {
      const made = languageCode(value);
      state.langDraft = value;
      if ('code' in made) data.edit(setIn(data.dataset, ['lang'], made.code), 'lang');
      else data.update();
    };
    const settle = () => {
      const made = languageCode(state.langDraft ?? lang);
      if ('code' in made) {
        state.langDraft = undefined;
        state.otherLang = !LANGUAGES.some((each) => each.code === made.code);
      }
      state.left.add('lang');
      data.update();
    };
    const id = fieldId('lang');
    return html`<div class="field">
        <label for=${id}>Language</label>
        <p class="hint" id="${id}-hint">The language the data is written in. The widget's own words (such as "Typical roles") follow it.</p>
        <select id=${id} aria-describedby="${id}-hint" @change=${choose}>
          ${LANGUAGES.map((each) => html`<option .value=${each.code} lang=${each.lang ?? nothing} ?selected=${chosen === each.code}>${each.name}</option>`)}
          <option value="other" ?selected=${chosen === 'other'}>Other…</option>
        </select>
      </div>
      ${
        other
          ? html`<div class="field">
            <label for="${id}-code">Language code</label>
            <p class="hint" id="${id}-code-hint">Such as fr for French, or pt-BR for Portuguese as spoken in Brazil.</p>
            <input type="text" id="${id}-code" autocapitalize="off" spellcheck="false" .value=${typed}
              aria-invalid=${trouble ? 'true' : nothing} aria-describedby="${id}-code-hint${trouble ? ` ${id}-code-problem` : ''}"
              @input=${(event: Event) => type(valueOf(event))} @blur=${settle} />
            ${
              trouble
                ? html`<p class="problem" id="${id}-code-problem">
                  ${trouble.problem}
                  ${
                    trouble.suggestion
                      ? html`<button
                        type="button"
                        class="link"
                        @click=${() => {
                          type(trouble.suggestion!);
                          settle();
                        }}
                      >
                        Use ${trouble.suggestion}
                      </button>`
                      : nothing
                  }
                </p>`
                : nothing
            }
          </div>`
          : nothing
      }`;
  }

  /** Shows every problem ("Check"). */
  function check() {
    state.checking = true;
    data.update();
  }

  return { shows, showsIssue, shown, hasShown, keyOf, problem, field, optional, required, flag, cta, newTab, source, more, language, check };
}

export type Forms = ReturnType<typeof forms>;
