// Replaces a generated block of README.md: the lines between `<!-- NAME:start … -->` and
// `<!-- NAME:end -->`, so that figures in the README come from the tool that measures them.
import { readFileSync, writeFileSync } from 'node:fs';

const README = new URL('../README.md', import.meta.url);

/** The current content of a generated block, or null when the README has none. */
export function readReadmeBlock(name) {
  const match = blockPattern(name).exec(readFileSync(README, 'utf8'));
  return match ? match[2] : null;
}

/** Writes `content` (markdown, without a trailing newline) into the block named `name`. */
export function writeReadmeBlock(name, content) {
  const text = readFileSync(README, 'utf8');
  const pattern = blockPattern(name);
  if (!pattern.test(text)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  writeFileSync(
    README,
    text.replace(pattern, (_, start, _old, end) => `${start}${content}\n${end}`),
  );
}

const blockPattern = (name) => new RegExp(`(<!-- ${name}:start[^>]*-->\\n)([^]*?)\\n?(<!-- ${name}:end -->)`);
