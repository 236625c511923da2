// Reading a text file someone chose (a plan file, a claims file, a household file): UTF-8, with or without
// the byte-order mark some editors write. Bytes that are not UTF-8 are refused with their offset instead of
// being turned silently into U+FFFD.

const BOM = [0xef, 0xbb, 0xbf] as const;

/** The offset of the first byte that is not part of valid UTF-8, or -1 (RFC 3629: no overlongs, no surrogates). */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    // The second byte's range rules out overlong forms, surrogates and code points above U+10FFFF.
    const min = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    if (b === 0xed) max = 0x9f;
    if (b === 0xf4) max = 0x8f;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text: a leading UTF-8 byte-order mark dropped; invalid UTF-8 refused with the byte offset. */
export function decodeUtf8File(name: string, bytes: Uint8Array): string {
  const start = bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return fatal.decode(body);
  } catch {
    const at = invalidUtf8Offset(body) + start;
    const shown = Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new Error(`${name} is not UTF-8 text: the bytes at offset ${at} (${shown}) are not valid UTF-8. Save the file as UTF-8 and try again.`);
  }
}

/** For text that was already decoded elsewhere (a browser's File.text()): a leading U+FEFF dropped. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The UTF-8 byte offset of the first U+FFFD, the mark a decoder leaves where bytes were not UTF-8; or -1. */
export function replacementCharOffset(text: string): number {
  const at = text.indexOf('\ufffd');
  return at < 0 ? -1 : Buffer.byteLength(text.slice(0, at), 'utf8');
}
