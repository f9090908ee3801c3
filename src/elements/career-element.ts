import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { load, type Loaded } from '../dataset/load.js';
import type { Cta, Dataset } from '../dataset/format.js';
import { emit, type DataIssue } from '../shared/events.js';
import { isSafeUrl, withParams } from '../shared/links.js';
import { inheritedLanguage, languageFrom, languageMark, wordsFor, type Words } from '../words/index.js';

type Failure = Extract<Loaded, { ok: false }>;

/** How many issues the in-place error lists; the console has them all. */
const SHOWN_ISSUES = 3;

// A part that names nothing is left out, not written as `part=""`.
const headings = [
  (content: unknown, part?: string) => html`<h1 part=${part || nothing}>${content}</h1>`,
  (content: unknown, part?: string) => html`<h2 part=${part || nothing}>${content}</h2>`,
  (content: unknown, part?: string) => html`<h3 part=${part || nothing}>${content}</h3>`,
  (content: unknown, part?: string) => html`<h4 part=${part || nothing}>${content}</h4>`,
  (content: unknown, part?: string) => html`<h5 part=${part || nothing}>${content}</h5>`,
  (content: unknown, part?: string) => html`<h6 part=${part || nothing}>${content}</h6>`,
];

/**
 * What both elements share: reading the dataset from its sources, the words of the page's
 * language, headings, calls to action and the in-place error.
 *
 * @slot - Shown until the data is loaded: a static table for readers without JavaScript, say.
 * @cssprop [--career-accent=#1d4ed8] - Links, calls to action, the badge, focus rings, chosen inputs.
 * @cssprop [--career-accent-text=#ffffff] - Text on the accent color.
 * @cssprop [--career-text=#1f2328] - Text.
 * @cssprop [--career-muted=#57606a] - Secondary text, such as sources.
 * @cssprop [--career-surface=#ffffff] - The background the element is drawn on.
 * @cssprop [--career-border=#767676] - Borders of the table and the filters.
 * @cssprop [--career-radius=6px] - Corner radius of buttons, badges and boxes.
 * @cssprop [--career-font=inherit] - The font shorthand; by default the page's font.
 */
export abstract class CareerElement extends LitElement {
  static override properties: PropertyDeclarations = {
    data: {},
    src: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    noTitle: { attribute: 'no-title', type: Boolean },
    linkParams: { attribute: 'link-params' },
    language: { attribute: 'lang', reflect: true },
    careerData: { state: true },
    failure: { state: true },
    attributeFailure: { state: true },
    retrying: { state: true },
  };

  /** The dataset as JSON text (attribute) or as an object (property). Wins over `src`. */
  data?: Dataset | string;

  /** The URL of the dataset's JSON file. */
  src?: string;

  /** The level (1–6) of the element's title heading. */
  headingLevel = 2;

  /** Leaves out the title heading, for pages that have their own; the inner headings then take its level. */
  noTitle = false;

  /** A query string (such as `utm_source=site`) appended to every call-to-action link. */
  linkParams?: string;

  /** The language of the built-in words (`en`, `es`); else the dataset's `lang`, else the nearest `[lang]` ancestor's. */
  language?: string;

  /** The loaded, valid dataset. */
  protected careerData?: Dataset;

  /** Why the dataset could not be loaded. */
  private failure?: Failure;

  /** Which ids named by attributes the dataset lacks. */
  private attributeFailure?: Failure;

  /** Whether a retry asked for by the reader is under way. */
  private retrying = false;

  /** Which `<career-compare>` or `<career-picker>` raised an event, for `career-cta`. */
  protected abstract readonly kind: 'compare' | 'picker';

  /**
   * The latest load: a file that arrives after a newer load is dropped. A promise while a `src`
   * load is pending: until it ends, the attributes are not checked against the old dataset,
   * which a page changing `src` and `highlight` together has not meant them for.
   */
  private request?: Loaded | null | Promise<Loaded>;

  /** The text of the child `<script type="application/json">` when the data was last loaded. */
  private scriptText?: string | null;

  /**
   * Watches what can carry data: the element's own children (a data script may come or go) and
   * the data script's text. Not the fallback's text, which a translation plug-in may rewrite.
   */
  private readonly childWatcher = isServer
    ? undefined
    : new MutationObserver(() => {
        this.watchChildren();
        if (this.dataScript()?.textContent !== this.scriptText) this.reload();
      });

  override connectedCallback() {
    super.connectedCallback();
    this.watchChildren();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.childWatcher?.disconnect();
  }

  /** Called when a dataset was loaded (or removed), before the attributes are checked against it. */
  protected dataChanged() {}

  /** Ids that an attribute names but the dataset lacks, as issues. */
  protected attributeIssues(_dataset: Dataset): DataIssue[] {
    return [];
  }

  protected override willUpdate(changed: PropertyValues) {
    // Rendered on a server (Lit's SSR), the element shows the page's fallback; the data loads in the browser.
    if (isServer) return;
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.reload();
    const issues = this.careerData && !(this.request instanceof Promise) ? this.attributeIssues(this.careerData) : [];
    const failure: Failure | undefined = issues.length ? { ok: false, message: 'An attribute names something the data does not have', issues } : undefined;
    if (failure && JSON.stringify(failure) !== JSON.stringify(this.attributeFailure)) this.report(failure);
    this.attributeFailure = failure;
  }

  protected override render() {
    const failure = this.failure ?? this.attributeFailure;
    if (failure) return this.renderError(failure);
    if (!this.careerData) return html`<slot></slot>`;
    const mark = languageMark(this.careerData.lang, inheritedLanguage(this));
    return mark ? html`<div lang=${mark.lang} dir=${mark.dir}>${this.renderView(this.careerData)}</div>` : this.renderView(this.careerData);
  }

  protected abstract renderView(dataset: Dataset): TemplateResult;

  /** The built-in words for this element's language, with the dataset's overrides. */
  protected get words(): Words {
    const dataset = this.careerData;
    return wordsFor(languageFrom(this.language, dataset?.lang, inheritedLanguage(this)), dataset);
  }

  /**
   * A heading at `heading-level` plus `offset`, capped at 6. Without the title, the inner headings
   * take the level the title would have had, so that the page's outline skips no level.
   */
  protected heading(content: unknown, offset = 0, part?: string) {
    const level = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1) + (this.noTitle ? 0 : offset), 6);
    return headings[level - 1](content, part);
  }

  protected renderTitle(dataset: Dataset) {
    return this.noTitle ? nothing : this.heading(dataset.title, 0, 'title');
  }

  /** A call-to-action link, or nothing when there is none or its URL is not allowed. */
  protected renderCta(cta: Cta | undefined, pathId: string | null, roleId: string | null = null) {
    if (!cta || !isSafeUrl(cta.href)) return nothing;
    const href = withParams(cta.href, this.linkParams);
    const follow = (event: MouseEvent) => {
      const allowed = emit(this, 'career-cta', { href, pathId, roleId, source: this.kind }, true);
      if (!allowed) event.preventDefault();
    };
    return html`<a
      part="cta"
      href=${href}
      target=${cta.newTab ? '_blank' : nothing}
      rel=${cta.newTab ? 'noopener' : nothing}
      @click=${follow}
      >${cta.label}</a
    >`;
  }

  private renderError(failure: Failure) {
    const words = this.words;
    const issues = failure.issues.slice(0, SHOWN_ISSUES);
    // A status, not an alert: an error already there when the page loads should not interrupt,
    // while the outcome of a retry is announced (the text empties while it runs, then returns).
    // The page's own content (a static table, say) stays below: better than nothing to read.
    return html`<div part="error">
        <p role="status">${this.retrying ? '' : html`<strong>${words.error}</strong> ${failure.message}`}</p>
        ${
          issues.length
            ? html`<ul>
              ${issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`)}
            </ul>`
            : nothing
        }
        ${failure.retry ? html`<button type="button" @click=${this.retry}>${words.retry}</button>` : nothing}
      </div>
      <slot></slot>`;
  }

  private retry() {
    this.retrying = true;
    this.reload();
  }

  private dataScript() {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  private watchChildren() {
    const watcher = this.childWatcher!;
    watcher.disconnect();
    watcher.observe(this, { childList: true });
    const script = this.dataScript();
    if (script) watcher.observe(script, { childList: true, subtree: true, characterData: true });
  }

  private reload() {
    const script = this.dataScript()?.textContent;
    this.scriptText = script;
    const request = load({ data: this.data, src: this.src, script });
    this.request = request;
    if (request instanceof Promise) request.then((loaded) => request === this.request && this.loaded(loaded));
    else this.loaded(request);
  }

  /** Takes a load's outcome: the dataset or the failure. Inline data arrives within an update. */
  private loaded(loaded: Loaded | null) {
    this.request = loaded;
    // The attributes are checked again, even when the dataset is the one already shown.
    this.requestUpdate();
    this.retrying = false;
    if (!loaded || loaded.ok) {
      this.careerData = loaded?.dataset;
      this.failure = undefined;
      this.dataChanged();
    } else {
      this.careerData = undefined;
      this.failure = loaded;
      this.report(loaded);
    }
  }

  private report(failure: Failure) {
    console.error(`<${this.localName}>: ${failure.message}`, failure.issues);
    emit(this, 'career-error', { message: failure.message, issues: failure.issues });
  }
}
