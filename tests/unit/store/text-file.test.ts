import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../src-main/app-root';
import { parsePlanFile } from '../../../src-main/store/plan-file';
import { decodeUtf8File, invalidUtf8Offset, replacementCharOffset, stripBom } from '../../../src-main/store/text-file';

// Issue 12, item 9: a BOM at the start of a plan or claims file is accepted; bytes that are not UTF-8 are
// refused with their offset instead of being read as U+FFFD.

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('reading a chosen text file as UTF-8', () => {
  it('drops a leading byte-order mark, and only a leading one', () => {
    expect(decodeUtf8File('f.json', bytes([0xef, 0xbb, 0xbf], '{"a":"é"}'))).toBe('{"a":"é"}');
    expect(decodeUtf8File('f.json', bytes('{"a":"\ufeff"}'))).toBe('{"a":"\ufeff"}');
    expect(stripBom('\ufeff{}')).toBe('{}');
    expect(stripBom('{}')).toBe('{}');
  });

  it('refuses invalid UTF-8 with the byte offset of the first bad byte (counting a BOM)', () => {
    expect(() => decodeUtf8File('plans.json', bytes('{"name":"caf', [0xe9], '"}'))).toThrow(
      /plans\.json is not UTF-8 text: the bytes at offset 12 \(e9 22 7d\)/,
    );
    expect(() => decodeUtf8File('plans.json', bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]))).toThrow(/at offset 5 \(ff\)/);
  });

  it('finds the first invalid sequence: stray continuation, overlong, surrogate, beyond U+10FFFF, cut-off', () => {
    expect(invalidUtf8Offset(bytes('héllo ✓ 𝄞'))).toBe(-1);
    expect(invalidUtf8Offset(bytes('ab', [0x80]))).toBe(2);
    expect(invalidUtf8Offset(bytes('a', [0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(invalidUtf8Offset(bytes('a', [0xe0, 0x80, 0xaf]))).toBe(1); // overlong
    expect(invalidUtf8Offset(bytes('ab', [0xed, 0xa0, 0x80]))).toBe(2); // a UTF-16 surrogate
    expect(invalidUtf8Offset(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(invalidUtf8Offset(bytes('abc', [0xe2, 0x9c]))).toBe(3); // cut off at the end
  });

  it('gives the UTF-8 offset of a replacement character left by a lenient decoder', () => {
    expect(replacementCharOffset('ab\ufffd')).toBe(2);
    expect(replacementCharOffset('é\ufffd')).toBe(2);
    expect(replacementCharOffset('fine')).toBe(-1);
  });
});

describe('a plan file’s text', () => {
  const file = JSON.stringify({ type: 'benefits-counselor/plans', version: 1, createdAt: '2026-11-23T12:00:00.000Z', plans: [] });

  it('may start with a byte-order mark', () => {
    const fixture = readFileSync(join(findAppRoot(), 'tests', 'fixtures', 'dhmo2000plus-plan-file.json'), 'utf8');
    expect(parsePlanFile(`\ufeff${fixture}`).map((p) => p.id)).toEqual(parsePlanFile(fixture).map((p) => p.id));
    expect(parsePlanFile(`\ufeff${fixture}`).length).toBeGreaterThan(0);
  });

  it('is refused, with the byte offset, when it holds U+FFFD from bytes that were not UTF-8', () => {
    const text = file.replace('"plans":[]', '"x":"caf\ufffd","plans":[]');
    expect(() => parsePlanFile(text)).toThrow(new RegExp(`not valid UTF-8 text: at byte ${Buffer.byteLength(text.slice(0, text.indexOf('\ufffd')))}`));
  });
});
