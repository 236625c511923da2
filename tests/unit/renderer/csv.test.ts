import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvDollars, toCsv } from '../../../src-renderer/src/lib/csv';

// The comparison CSV must open safely in a spreadsheet: no cell runs as a formula, text with commas or
// quotes stays one cell, and accented names survive (UTF-8 with a byte order mark).

describe('csv cells', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
  ])('a cell starting with a formula character is read as text: %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('Having a baby, due 2022-05-20')).toBe('"Having a baby, due 2022-05-20"');
    expect(csvCell('the "best" plan')).toBe('"the ""best"" plan"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('Standard Option')).toBe('Standard Option');
    expect(csvCell(7161)).toBe('7161');
    expect(csvCell(null)).toBe('');
  });

  it('writes dollars as plain two-decimal numbers, and says when one is not known', () => {
    expect(csvDollars(716_082)).toBe('7160.82');
    expect(csvDollars(0)).toBe('0.00');
    expect(csvDollars(null)).toBe('not known');
    expect(csvDollars(Number.NaN)).toBe('not known');
  });
});

describe('csv file', () => {
  it('starts with a UTF-8 byte order mark and ends rows with CRLF', () => {
    const text = toCsv([
      ['Person', 'Age'],
      ['José (Spouse)', 35],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.slice(1)).toBe('Person,Age\r\nJosé (Spouse),35\r\n');
  });
});
