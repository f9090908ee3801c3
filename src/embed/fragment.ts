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
 * The most JSON text a fragment may unpack to. Raw DEFLATE packs up to about 1032:1, so a short
 * hostile address could otherwise make the page unpack gigabytes.
 */
export const MAX_JSON_LENGTH = 1024 * 1024;

/**
 * The longest `data=` value read: base64url of 1 MB that DEFLATE could not pack at all (stored
 * blocks add 5 bytes in 65,535), with room to spare. Anything longer cannot be a dataset within
 * `MAX_JSON_LENGTH`, so it is refused unread.
 */
export const MAX_FRAGMENT_LENGTH = Math.ceil((MAX_JSON_LENGTH * 1.001 * 4) / 3) + 1024;

/**
 * How many packed bytes the decompressor gets at a time. 64 bytes unpack to at most about 66 KB,
 * and the next slice goes in only once that has been read: past the limit, unpacking stops with
 * that much more at most, whatever the rest of the data would unpack to.
 */
const SLICE = 64;

/** The fragment's key: `#data=…`. */
export const FRAGMENT_KEY = 'data';

const tooLong = (limit: number) => new RangeError(`The data is longer than ${limit} bytes`);

function join(chunks: Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

/** Reads a stream to its end, refusing it as soon as it passes `limit` bytes. */
async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, limit = Infinity): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return join(chunks, length);
      length += value.length;
      if (length > limit) throw tooLong(limit);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    throw error;
  }
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return readAll(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw')).getReader());
}

/** Unpacks raw DEFLATE, `SLICE` bytes at a time, and stops as soon as the output passes `limit`. */
async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const writing = (async () => {
    // Each write waits until the output of the one before has been read.
    for (let at = 0; at < bytes.length; at += SLICE) await writer.write(bytes.subarray(at, at + SLICE));
    await writer.close();
  })();
  // A failed or cancelled write shows on the reading side as well.
  writing.catch(() => {});
  const unpacked = await readAll(stream.readable.getReader(), limit);
  await writing;
  return unpacked;
}

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new SyntaxError('Not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The fragment (without `#`) that carries a dataset's JSON text. */
export async function encodeDataset(json: string): Promise<string> {
  const packed = await deflate(new TextEncoder().encode(json));
  return `${FRAGMENT_KEY}=${toBase64url(packed)}`;
}

/**
 * The JSON text carried by a fragment (`#data=…` or `data=…`); null when it carries none.
 * Rejects when the fragment is damaged (cut short, mistyped) or unpacks to more than `limit`.
 */
export async function decodeDataset(fragment: string, limit = MAX_JSON_LENGTH): Promise<string | null> {
  const encoded = new URLSearchParams(fragment.replace(/^#/, '')).get(FRAGMENT_KEY);
  if (encoded === null) return null;
  if (encoded.length > MAX_FRAGMENT_LENGTH) throw tooLong(limit);
  const bytes = await inflate(fromBase64url(encoded), limit);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
