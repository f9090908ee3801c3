import { plural } from './fields.js';
import * as store from './store.js';

const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** The copy of the work that another tab saved. */
export type OtherCopy = store.Saved & { text: string };

/**
 * The work kept in the browser under one key, as one editor sees it: what it saves, what the page
 * says about saving, and another tab or window of this browser that saves the same work. That is
 * heard through a BroadcastChannel and through the `storage` event (either may come for one save),
 * and also seen before each write: two tabs never overwrite each other without the person choosing.
 */
export class SavedWork {
  /** What the page says about saving. */
  status = '';
  /** The copy another tab saved, neither loaded here nor overwritten yet. */
  other: OtherCopy | undefined;
  /** When the work in this tab last changed (ms since 1970). */
  changedAt = Date.now();
  /** This editor, among the tabs that edit the same saved work. */
  private readonly tab = Math.random().toString(36).slice(2);
  /** What this editor last read or wrote under the key: anything else there was saved by another tab. */
  private known: string | null = null;
  private readonly channel: BroadcastChannel | undefined;
  private readonly changed = (event: StorageEvent) => {
    if (event.storageArea === this.storage && (event.key === this.key || event.key === null)) this.heard();
  };

  /** `heard` is called when another tab may have saved: `seeOther()` tells whether it did. */
  constructor(
    private readonly storage: Storage,
    private readonly key: string,
    private readonly heard: () => void,
  ) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`career-paths-editor ${key}`) : undefined;
    this.channel?.addEventListener('message', heard);
    addEventListener('storage', this.changed);
  }

  private read() {
    try {
      return this.storage.getItem(this.key);
    } catch {
      return null;
    }
  }

  /**
   * The work saved before, or undefined. Work saved by an earlier version of the editor is saved
   * again in this one (its old value stays when that fails). Throws when it cannot be read.
   */
  restore(): store.Saved | undefined {
    this.known = this.read();
    const saved = store.parse(this.known);
    if (!saved) return undefined;
    this.changedAt = saved.savedAt || this.changedAt;
    if (saved.migrated) {
      const written = store.write(this.storage, this.key, saved.history, saved.settings, this.changedAt, this.tab);
      if (written.ok) this.known = written.text;
    }
    return saved;
  }

  /** Saves the work, unless another tab saved since; says how it went. */
  save(history: store.History, settings: unknown) {
    this.changedAt = Date.now();
    if (this.seeOther()) return;
    const written = store.write(this.storage, this.key, history, settings, this.changedAt, this.tab);
    if (!written.ok) {
      this.status = written.full
        ? "Not saved: the browser's storage is full. Download the JSON to keep your work."
        : `Not saved: this browser refused to keep it (${written.error.name}). Download JSON to keep your work.`;
      return;
    }
    this.known = written.text;
    this.channel?.postMessage('saved');
    const steps = Math.max(history.past.length, history.future.length);
    if (written.kept === steps) this.status = 'Saved in this browser.';
    else if (written.kept) this.status = `Saved in this browser with only the last ${plural(written.kept, 'step')} of Undo: the browser's storage is full.`;
    else this.status = "Saved in this browser without its steps of Undo: the browser's storage is full.";
  }

  /** Whether another tab saved this work since this editor last read or wrote it. */
  seeOther() {
    const text = this.read();
    if (text === null || text === this.known) {
      this.other = undefined;
      return false;
    }
    if (this.other?.text !== text) {
      try {
        const copy = store.parse(text);
        this.other = copy && { ...copy, text };
      } catch {
        this.other = undefined;
      }
    }
    if (this.other) this.status = 'Not saved: this dataset was changed in another tab. Choose below which copy to keep.';
    return Boolean(this.other);
  }

  /** Which copy is newer, in words. */
  otherWords(copy: store.Saved) {
    const when = copy.savedAt ? ` at ${time(copy.savedAt)}` : '';
    const newer = copy.savedAt > this.changedAt ? 'That copy is newer' : 'This copy is newer';
    return `This dataset was changed in another tab${when}. ${newer}: this one was last changed at ${time(this.changedAt)}.`;
  }

  /** The other tab's copy, taken as this editor's own (as a reload would). */
  takeOther(): OtherCopy | undefined {
    const copy = this.other;
    if (!copy) return undefined;
    this.known = copy.text;
    this.changedAt = copy.savedAt || Date.now();
    this.other = undefined;
    this.status = 'Saved in this browser.';
    return copy;
  }

  /** Saves this tab's copy over the other tab's. */
  keepThis(history: store.History, settings: unknown) {
    this.known = this.read();
    this.other = undefined;
    this.save(history, settings);
  }

  close() {
    this.channel?.close();
    removeEventListener('storage', this.changed);
  }
}
