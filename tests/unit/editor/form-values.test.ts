import { describe, expect, it } from 'vitest';
import { dollarsText, linesText, readDollars, readLines, readWhole } from '../../../src-shared/form-values';

describe('reading form fields', () => {
  it.each([
    ['$2,000', 200_000],
    ['2000', 200_000],
    ['$39.23', 3923],
    ['$ 1,150.5', 115_050],
    ['0', 0],
  ])('reads %s as %i cents', (text, cents) => {
    expect(readDollars(text, 'Deductible per person')).toEqual({ ok: true, value: cents });
  });

  it('reads an empty amount as not given (null), never zero', () => {
    expect(readDollars('  ', 'Premium')).toEqual({ ok: true, value: null });
  });

  it.each(['2k', '$2,00', '-$20', '$1.234', 'two thousand'])('refuses %s, naming the field', (text) => {
    const r = readDollars(text, 'Deductible per person');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^Deductible per person: /);
  });

  it('shows whole dollars without cents and keeps cents otherwise', () => {
    expect(dollarsText(200_000)).toBe('$2,000');
    expect(dollarsText(3923)).toBe('$39.23');
    expect(dollarsText(null)).toBe('');
  });

  it('reads whole numbers within bounds', () => {
    expect(readWhole('90', 'Days', 1, 366)).toEqual({ ok: true, value: 90 });
    expect(readWhole('0', 'Days', 1, 366).ok).toBe(false);
    expect(readWhole('1.5', 'Copays', 0, 12).ok).toBe(false);
  });

  it('reads one item a line and shows a list the same way', () => {
    expect(readLines(' Premiums \n\nBalance-billed charges\r\n')).toEqual(['Premiums', 'Balance-billed charges']);
    expect(linesText(['a\nb', 'c'])).toBe('a b\nc');
  });
});
