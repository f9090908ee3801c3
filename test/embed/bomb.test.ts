/**
 * Decompression bombs in the fragment: an address of 1.8 MB that would unpack to 1,400 MB of
 * spaces, and one of 1.3 MB (1,000 MB), short enough to be read. Both are refused, and in Chromium
 * the renderer's memory, as Linux counts it (array buffers included), grows by less than 64 MB
 * meanwhile: the decompressor gets the packed bytes a slice at a time and stops past 1 MB.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { decodeDataset, FRAGMENT_KEY, MAX_FRAGMENT_LENGTH } from '../../src/embed/fragment.js';
import { bombFragment } from './bomb.js';

const MB = 1024 * 1024;

/** What decoding a fragment gives: the error's kind, and how much the renderer grew meanwhile (null outside Chromium). */
async function decodeMeasured(fragment: string) {
  await executeServerCommand('renderer-memory', 'reset');
  const outcome = await decodeDataset(fragment).then(
    (json) => `unpacked ${json?.length} characters`,
    (error: Error) => error.name,
  );
  const { grew } = await executeServerCommand<{ grew: number | null }, string>('renderer-memory', 'peak');
  return { outcome, grew };
}

describe('decompression bombs in the fragment', () => {
  it('should refuse 1,400 MB packed in a 1.8 MB address, holding less than 64 MB meanwhile', async function () {
    this.timeout(60000);
    const fragment = bombFragment(1400);
    expect(fragment.length).to.be.within(1.7e6, 1.9e6);
    const { outcome, grew } = await decodeMeasured(fragment);
    expect(outcome).to.equal('RangeError');
    if (grew !== null) expect(grew / MB).to.be.below(64);
  });

  it('should stop unpacking 1,000 MB packed in an address short enough to be read, holding less than 64 MB meanwhile', async function () {
    this.timeout(60000);
    const fragment = bombFragment(1000);
    expect(fragment.length).to.be.below(MAX_FRAGMENT_LENGTH);
    const { outcome, grew } = await decodeMeasured(fragment);
    expect(outcome).to.equal('RangeError');
    if (grew !== null) expect(grew / MB).to.be.below(64);
  });

  it('should refuse an address longer than any 1 MB dataset packs to, unread', async () => {
    const { outcome } = await decodeMeasured(`${FRAGMENT_KEY}=${'A'.repeat(MAX_FRAGMENT_LENGTH + 1)}`);
    expect(outcome).to.equal('RangeError');
  });

  it('should still unpack a dataset of almost 1 MB', async () => {
    const { encodeDataset } = await import('../../src/embed/fragment.js');
    const json = JSON.stringify({ title: 'x'.repeat(MB - 20) });
    expect(await decodeDataset(await encodeDataset(json))).to.equal(json);
  });
});
