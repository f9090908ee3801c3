/**
 * A dataset carried in the embed address's fragment, for hosts with nowhere to put a JSON file:
 * `#data=` then the JSON, compressed with raw DEFLATE and written in base64url. The fragment is
 * never sent to a server, so no server's limit applies, but the address is still stored and
 * copied by editors and platforms: the builder keeps the whole address under `MAX_URL_LENGTH`.
 */

/**
 * The longest embed address the builder offers. Browsers take far longer ones (Chromium 2 MB),
 * but an address is pasted into editors, stored in platforms' databases and checked by link
 * checkers, and 8 KB is a length such tools commonly keep whole; a longer one should be a file.
 */
export const MAX_URL_LENGTH = 8000;

/**
 * The most JSON text a fragment may unpack to. Raw DEFLATE packs up to about 1000:1, so a short
 * hostile address could otherwise make the page unpack gigabytes.
 */
export const MAX_JSON_LENGTH = 1024 * 1024;

/** The fragment's key: `#data=…`. */
export const FRAGMENT_KEY = 'data';

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new RangeError(`The data is longer than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new SyntaxError('Not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The fragment (without `#`) that carries a dataset's JSON text. */
export async function encodeDataset(json: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${FRAGMENT_KEY}=${toBase64url(packed)}`;
}

/**
 * The JSON text carried by a fragment (`#data=…` or `data=…`); null when it carries none.
 * Rejects when the fragment is damaged (cut short, mistyped) or unpacks to more than `limit`.
 */
export async function decodeDataset(fragment: string, limit = MAX_JSON_LENGTH): Promise<string | null> {
  const encoded = new URLSearchParams(fragment.replace(/^#/, '')).get(FRAGMENT_KEY);
  if (encoded === null) return null;
  const bytes = await pipe(fromBase64url(encoded), new DecompressionStream('deflate-raw'), limit);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
