import { malformed, parseJson, quote } from './validate.js';
import type { DataIssue } from '../shared/events.js';

/**
 * Where JSON text first breaks the grammar, as an offset into it. Engines word their `JSON.parse`
 * errors differently and WebKit's name no place at all, so the snippet builder and the command
 * line find the place themselves. Not in the drop-in file: a page's reader needs to know that the
 * data is broken; whoever fixes it has these tools.
 */
export function jsonErrorOffset(text: string): number {
  let offset = 0;

  /** Moves past a match of a sticky pattern at the offset; says whether there was one. */
  const skip = (pattern: RegExp) => {
    pattern.lastIndex = offset;
    if (!pattern.test(text)) return false;
    offset = pattern.lastIndex;
    return true;
  };
  const skipSpace = () => skip(/[\t\n\r ]*/y);
  /** Moves past `char` if it is next, white space aside. */
  const take = (char: string) => {
    skipSpace();
    if (text[offset] !== char) return false;
    offset++;
    return true;
  };
  const string = () => {
    if (!take('"')) return false;
    skip(/[^"\\\0-\x1f]*(?:\\(?:["\\/bfnrt]|u[\da-fA-F]{4})[^"\\\0-\x1f]*)*/y);
    // The closing quote is checked on its own, so that a bad escape or a line break is what is shown.
    // A `\u` escape without four hex digits: engines point at the first character that is not one.
    if (text.startsWith('\\u', offset)) {
      skip(/\\u[\da-fA-F]{0,3}/y);
      return false;
    }
    if (text[offset] !== '"') return false;
    offset++;
    return true;
  };
  /** The items of an object or an array, after its opening bracket. */
  const items = (close: string, item: () => boolean) => {
    if (take(close)) return true;
    do {
      if (!item()) return false;
    } while (take(','));
    return take(close);
  };
  const value = (): boolean => {
    if (take('{')) return items('}', () => string() && take(':') && value());
    if (take('[')) return items(']', value);
    if (text[offset] === '"') return string();
    if (skip(/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y)) return true;
    // A broken `true`, `false` or `null` (`tr0ue`): at its first wrong character, as V8 says.
    skip(/t(?:ru?)?|f(?:a(?:ls?)?)?|n(?:ul?)?/y);
    return false;
  };

  if (value()) skipSpace();
  return offset;
}

/**
 * Parses JSON text like `parseJson`, and says where a syntax error is by line and column, in
 * every engine: what the snippet builder and `career-paths validate` show.
 */
export function parseJsonWithPosition(text: string, file?: string): { ok: true; value: unknown } | { ok: false; issue: DataIssue } {
  const parsed = parseJson(text, file);
  if (parsed.ok) return parsed;
  let offset = text.length;
  try {
    offset = jsonErrorOffset(text);
  } catch {
    // Nested too deep for the scanner: say where the text ends.
  }
  const lines = text.slice(0, offset).split('\n');
  const what = offset < text.length ? `unexpected ${quote(text[offset])}` : 'it ends too early';
  const where = `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
  return { ok: false, issue: { path: '', message: malformed(`${what} at ${where}`, file) } };
}
