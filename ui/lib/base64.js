// Bytes as standard base64 (RFC 4648, with padding, no line breaks and no
// "data:" prefix), for sending a picked file's contents to the backend.
// Pure, no DOM.
//
// A file can be large (the backend takes up to 256 MB), so the bytes are
// turned into text a slice at a time: String.fromCharCode(...bytes) on the
// whole file would overflow the call stack. Each slice is a multiple of 3
// bytes, so its base64 has no padding and the pieces simply join.

/** Bytes per slice: a multiple of 3, small enough for fromCharCode.apply. */
export const SLICE = 3 * 8192;

/** `bytes` (an ArrayBuffer, a Uint8Array or any other typed-array view) as
 *  standard base64. Only the view's own bytes are encoded. */
export function bytesToBase64(bytes) {
  let view;
  if (bytes instanceof Uint8Array) view = bytes;
  else if (ArrayBuffer.isView(bytes)) view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  else if (bytes instanceof ArrayBuffer) view = new Uint8Array(bytes);
  else throw new TypeError('bytesToBase64 needs an ArrayBuffer or a typed array');
  const pieces = [];
  for (let at = 0; at < view.length; at += SLICE) {
    pieces.push(globalThis.btoa(String.fromCharCode.apply(null, view.subarray(at, at + SLICE))));
  }
  return pieces.join('');
}
