import { render } from 'lit/html.js';

/**
 * A property that re-renders the element when it changes. `attribute` names the attribute it is
 * read from (the property's own name by default); `state` properties have none. `reflect` writes
 * the property back to its attribute on each update.
 */
export interface PropertyDeclaration {
  attribute?: string;
  type?: BooleanConstructor | NumberConstructor;
  reflect?: boolean;
  state?: boolean;
}

export type PropertyDeclarations = Record<string, PropertyDeclaration>;

/** The properties changed since the last update, each with its value before the change. */
export type PropertyValues = Map<string, unknown>;

/** One constructed style sheet per text, shared by every element that uses it. */
const sheets = new Map<string, CSSStyleSheet>();

function sheetFor(text: string) {
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  return sheet;
}

/**
 * What the elements need of LitElement, and no more: declared properties read from attributes,
 * changes batched into one update per microtask, `updateComplete`, and a lit-html template
 * rendered into a shadow root with the class's styles. LitElement with ReactiveElement and Lit's
 * `css` cost about 2.2 KB brotli of the drop-in file, mostly for what the elements never call
 * (controllers, converters, `shouldUpdate`, `updated`); this class costs about 0.75 KB. The
 * update cycle follows ReactiveElement's: `willUpdate`, reflection, render, then `firstUpdated`
 * once; a change made while rendering asks for another update.
 */
export abstract class BaseElement extends HTMLElement {
  /** The reactive properties of the class; a subclass's add to its superclass's. */
  static properties: PropertyDeclarations = {};

  /** Style sheet texts, from the `css` tag in `../shared/styles.ts`. */
  static styles: string[] = [];

  /** Every property of the class, its superclasses' included, by name. */
  private static declarations: Map<string, PropertyDeclaration>;

  /** The property each observed attribute sets. */
  private static attributeProperties: Map<string, string>;

  /**
   * Read once by `customElements.define`, before any element of the class is made: the place to
   * define the property accessors.
   */
  static get observedAttributes() {
    const chain: (typeof BaseElement)[] = [];
    for (let element = this; element !== BaseElement; element = Object.getPrototypeOf(element)) chain.unshift(element);
    this.declarations = new Map(chain.flatMap((element) => (element.hasOwnProperty('properties') ? Object.entries(element.properties) : [])));
    this.attributeProperties = new Map();
    for (const [name, declaration] of this.declarations) {
      if (!declaration.state) this.attributeProperties.set(declaration.attribute ?? name, name);
      Object.defineProperty(this.prototype, name, {
        get(this: BaseElement) {
          return this.propertyValues.get(name);
        },
        set(this: BaseElement, value: unknown) {
          const old = this.propertyValues.get(name);
          if (Object.is(old, value)) return;
          this.propertyValues.set(name, value);
          this.requestUpdate(name, old);
        },
        configurable: true,
      });
    }
    return [...this.attributeProperties.keys()];
  }

  /** Where the element renders: its open shadow root, made on first connection. */
  renderRoot!: ShadowRoot;

  /** Whether the element has rendered at least once. */
  hasUpdated = false;

  private propertyValues = new Map<string, unknown>();

  private changedProperties: PropertyValues = new Map();

  /** Properties to write back to their attributes in the next update. */
  private reflections = new Set<string>();

  /** The property being set from its attribute, or written to it, so that neither sets the other back. */
  private reflectingProperty?: string;

  /** Properties a page set before the element was defined; they are applied at the first update. */
  private savedProperties = new Map<string, unknown>();

  private updatePending = false;

  private updatePromise: Promise<boolean>;

  /** Lets the first update run: it waits for the element's first connection. */
  private enableUpdating!: (value: boolean) => void;

  constructor() {
    super();
    // A property set on the element before the script defined it is an own property that would
    // hide the accessor: take it off, and set it again through the accessor at the first update.
    for (const name of this.declarations.keys()) {
      if (this.hasOwnProperty(name)) {
        this.savedProperties.set(name, this[name as keyof this]);
        delete this[name as keyof this];
      }
    }
    this.updatePromise = new Promise((resolve) => (this.enableUpdating = resolve));
    this.requestUpdate();
  }

  /** Resolves once the element has rendered every change made so far: true when none is pending. */
  get updateComplete(): Promise<boolean> {
    return this.updatePromise;
  }

  connectedCallback() {
    if (!this.renderRoot) {
      const styles = (this.constructor as typeof BaseElement).styles;
      this.renderRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      // Browsers without constructed style sheets (Safari before 16.4) get style elements.
      if (this.renderRoot.adoptedStyleSheets) this.renderRoot.adoptedStyleSheets = styles.map(sheetFor);
      else this.renderRoot.append(...styles.map((text) => Object.assign(document.createElement('style'), { textContent: text })));
    }
    this.enableUpdating(true);
  }

  disconnectedCallback() {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null) {
    const name = (this.constructor as typeof BaseElement).attributeProperties.get(attribute);
    if (name === undefined || name === this.reflectingProperty) return;
    const type = this.declarations.get(name)!.type;
    this.reflectingProperty = name;
    (this as Record<string, unknown>)[name] = type === Boolean ? value !== null : type === Number && value !== null ? Number(value) : value;
    this.reflectingProperty = undefined;
  }

  /** Asks for an update; with a name, records that property's change (and `old`, its value before). */
  requestUpdate(name?: string, old?: unknown) {
    if (name !== undefined) {
      if (!this.changedProperties.has(name)) this.changedProperties.set(name, this.hasUpdated ? old : undefined);
      if (this.declarations.get(name)?.reflect && this.reflectingProperty !== name) this.reflections.add(name);
    }
    if (!this.updatePending) {
      this.updatePending = true;
      this.updatePromise = this.enqueueUpdate();
    }
  }

  /** Called before each render with the changed properties; changes made here join this update. */
  protected willUpdate(_changed: PropertyValues) {}

  /** What the element shows. */
  protected abstract render(): unknown;

  /** Called after the first render. */
  protected firstUpdated() {}

  private get declarations() {
    return (this.constructor as typeof BaseElement).declarations;
  }

  private async enqueueUpdate() {
    try {
      // Waits for the update before (or, the first time, for the connection), which also batches
      // the changes made meanwhile into this one.
      await this.updatePromise;
    } catch (error) {
      // That update failed: report it again, where the page can see it, and go on.
      Promise.reject(error);
    }
    this.performUpdate();
    return !this.updatePending;
  }

  private performUpdate() {
    for (const [name, value] of this.savedProperties) (this as Record<string, unknown>)[name] = value;
    this.savedProperties.clear();
    const changed = this.changedProperties;
    try {
      this.willUpdate(changed);
      for (const name of this.reflections) this.reflectProperty(name);
      this.reflections.clear();
      this.markUpdated();
      render(this.render(), this.renderRoot, { host: this });
    } catch (error) {
      // The element still takes later changes.
      this.markUpdated();
      throw error;
    }
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated();
    }
  }

  /** From here on, a change asks for a new update. */
  private markUpdated() {
    this.changedProperties = new Map();
    this.updatePending = false;
  }

  /** Writes a property to its attribute: none for null, undefined or false. */
  private reflectProperty(name: string) {
    const { attribute = name, type } = this.declarations.get(name)!;
    const value = (this as Record<string, unknown>)[name];
    this.reflectingProperty = name;
    if (value == null || value === false) this.removeAttribute(attribute);
    else this.setAttribute(attribute, type === Boolean ? '' : String(value));
    this.reflectingProperty = undefined;
  }
}
