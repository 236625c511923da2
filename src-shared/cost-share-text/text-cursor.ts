// Reading position over a normalized cell, and the normalization itself. Kept apart from the grammar so
// the grammar reads as the list of phrases it accepts.

/**
 * Lowercase, one space between words, "$ 30" → "$30", en and em dashes (and a spaced hyphen) turned into
 * clause separators, parentheses into commas, trailing periods dropped. A dash in front of an amount
 * stays a minus sign so that "–$20" is refused as negative rather than read as "$20".
 */
export function normalizeCostShareText(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u2018\u2019\u02bc`]/g, "'");
  s = s.replace(/[\u2010\u2011\u2212]/g, '-');
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[\u2013\u2014]\s*(?=[$\d])/, '-');
  s = s.replace(/\s*[\u2013\u2014]\s*/g, ' ; ');
  s = s.replace(/ - /g, ' ; ');
  s = s.replace(/[()[\]]/g, ' , ');
  s = s.replace(/\$\s+(?=\d)/g, '$');
  s = s.replace(/\s+/g, ' ');
  // Trailing periods ("No charge.") and stray separators left by a closing parenthesis.
  s = s.replace(/[\s.,;]+$/, '');
  s = s.replace(/^[\s,;]+/, '');
  return s;
}

const sticky = new Map<string, RegExp>();

/**
 * A sticky regex for a phrase. A phrase that ends in a letter or digit must end at a word boundary, so
 * "a" never matches the start of "after" and "$1" never matches the start of "$1000".
 */
function phrase(source: string): RegExp {
  let re = sticky.get(source);
  if (!re) {
    re = new RegExp(`(?:${source})(?:(?<![a-z0-9])|(?![a-z0-9]))`, 'y');
    sticky.set(source, re);
  }
  return re;
}

export class TextCursor {
  private at = 0;

  constructor(readonly text: string) {}

  get position(): number {
    return this.at;
  }

  reset(position: number): void {
    this.at = position;
  }

  /** Eats the phrase at the current position (after spaces) and returns its match, or null. */
  eat(source: string): RegExpExecArray | null {
    let from = this.at;
    while (this.text[from] === ' ') from++;
    const re = phrase(source);
    re.lastIndex = from;
    const m = re.exec(this.text);
    if (!m) return null;
    this.at = from + m[0].length;
    return m;
  }

  /** Runs a sequence of reads; if it returns null the position goes back to where it started. */
  attempt<T>(read: () => T | null): T | null {
    const start = this.at;
    const result = read();
    if (result === null) this.at = start;
    return result;
  }

  atEnd(): boolean {
    return this.text.slice(this.at).trim() === '';
  }

  rest(): string {
    return this.text.slice(this.at).trim();
  }
}
