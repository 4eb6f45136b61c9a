// The picked file's bytes go to the backend as standard base64: the RFC
// 4648 vectors, every byte value, views into a bigger buffer, and files far
// larger than one slice (which must not go through fromCharCode at once).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { SLICE, bytesToBase64 } from '../../ui/lib/base64.js';

const text = (s) => new TextEncoder().encode(s);

/** Deterministic "random" bytes, so a failure can be reproduced. */
function noise(length, seed = 7) {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const reference = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

describe('bytesToBase64', () => {
  it('matches the RFC 4648 test vectors', () => {
    const vectors = [
      ['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) assert.equal(bytesToBase64(text(plain)), encoded, plain);
  });

  it('keeps binary bytes as they are (every value, high ones included)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    assert.equal(bytesToBase64(all), reference(all));
    assert.equal(bytesToBase64(Uint8Array.of(0xff, 0xef)), '/+8=');
    assert.equal(bytesToBase64(Uint8Array.of(0xfb, 0xff, 0xbf)), '+/+/');
    assert.equal(bytesToBase64(Uint8Array.of(0, 0, 0)), 'AAAA');
    // 0x80–0x9F are where a "latin1" decoder (really windows-1252) would lie.
    const c1 = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    assert.equal(bytesToBase64(c1), reference(c1));
  });

  it('encodes UTF-8 text and a zip’s header byte for byte', () => {
    assert.equal(bytesToBase64(text('\ufefffull_date,mood\n2026-11-20,rad 😊')),
      Buffer.from('\ufefffull_date,mood\n2026-11-20,rad 😊', 'utf8').toString('base64'));
    assert.equal(bytesToBase64(Uint8Array.of(0x50, 0x4b, 0x03, 0x04)), 'UEsDBA==');
  });

  it('takes an ArrayBuffer (what File.arrayBuffer() gives) and other views', () => {
    const bytes = text('Man');
    assert.equal(bytesToBase64(bytes.buffer), 'TWFu');
    const big = noise(30);
    assert.equal(bytesToBase64(new DataView(big.buffer, 5, 10)), reference(big.subarray(5, 15)));
    assert.equal(bytesToBase64(big.subarray(3, 20)), reference(big.subarray(3, 20)), 'only the view’s own bytes');
    assert.throws(() => bytesToBase64('not bytes'), TypeError);
  });

  it('has no padding inside, line breaks or data: prefix', () => {
    const out = bytesToBase64(noise(SLICE * 2 + 1));
    assert.match(out, /^[A-Za-z0-9+/]+={0,2}$/);
    assert.equal(out.indexOf('='), out.length - 2, 'padding only at the very end');
    assert.equal(out.length, 4 * Math.ceil((SLICE * 2 + 1) / 3));
  });

  it('joins slices seamlessly at every boundary', () => {
    assert.equal(SLICE % 3, 0);
    for (const length of [SLICE - 1, SLICE, SLICE + 1, SLICE + 2, 2 * SLICE + 2]) {
      const bytes = noise(length, length);
      assert.equal(bytesToBase64(bytes), reference(bytes), `${length} bytes`);
    }
  });

  it('encodes files far over 64 KB', () => {
    for (const length of [65_537, 3 * 1024 * 1024 + 1]) {
      const bytes = noise(length, 99);
      const out = bytesToBase64(bytes);
      assert.equal(out, reference(bytes), `${length} bytes`);
      assert.deepEqual(new Uint8Array(Buffer.from(out, 'base64')), bytes, 'and decodes back to the same bytes');
    }
  });
});
