/**
 * A storage in memory, as the editor's tests give it: full when \`full(value)\` says so, as a
 * browser's storage can be.
 */
export class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  constructor(public full = (value: string) => value.length < 0) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full(value)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}
