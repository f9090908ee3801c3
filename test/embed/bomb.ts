/**
 * A decompression bomb: raw DEFLATE that unpacks to `1 + 258 × repeats` spaces, in one block with
 * its own Huffman codes, where each copy of 258 bytes costs two bits (about 1032:1, DEFLATE's
 * best). Written bit by bit, so that a bomb of gigabytes is made without packing gigabytes.
 */
export function spacesBomb(repeats: number): Uint8Array {
  const bytes = new Uint8Array(64 + Math.ceil((2 * repeats) / 8));
  let bit = 0;
  /** A number, from its lowest bit on. */
  const bits = (value: number, count: number) => {
    for (let i = 0; i < count; i++, bit++) if ((value >> i) & 1) bytes[bit >> 3] |= 1 << (bit & 7);
  };
  /** A Huffman code, from its first (highest) bit on. */
  const code = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--, bit++) if ((value >> i) & 1) bytes[bit >> 3] |= 1 << (bit & 7);
  };
  bits(1, 1); // the final block
  bits(2, 2); // with its own codes
  bits(286 - 257, 5); // 286 literal/length codes
  bits(0, 5); // 1 distance code
  bits(18 - 4, 4); // 18 code-length codes, in this order:
  const lengths: Record<number, number> = { 18: 1, 1: 2, 2: 2 };
  for (const symbol of [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]) bits(lengths[symbol] ?? 0, 3);
  // The code lengths, with the code-length codes 18 (a run of zeros) → 0, 1 → 10, 2 → 11.
  const zeros = (count: number) => {
    code(0, 1);
    bits(count - 11, 7);
  };
  const one = () => code(0b10, 2);
  const two = () => code(0b11, 2);
  zeros(32);
  two(); // " " (32): 2 bits
  zeros(138);
  zeros(85);
  two(); // the end of the block (256): 2 bits
  zeros(28);
  one(); // length 258 (285): 1 bit
  one(); // distance 1 (distance code 0): 1 bit
  // So: 285 → 0, 32 → 10, 256 → 11, and distance 1 → 0.
  code(0b10, 2); // one space
  bit += 2 * repeats; // then each copy of the last 258 bytes is two 0 bits
  code(0b11, 2); // the end
  return bytes.subarray(0, (bit + 7) >> 3);
}

/** The fragment `data=…` that carries the bomb, as an embed address would. */
export function bombFragment(megabytes: number): string {
  const bytes = spacesBomb(Math.floor((megabytes * 1e6) / 258));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')}`;
}
