import type { Language } from './language';

/** A catalog message that takes no parameters (every `m.*` of the catalog without placeholders). */
export type PlainMessage = (inputs: Record<string, never>, options: { locale: Language }) => string;

/** A parameterless message in the language asked for: the one way the describers say a fixed phrase. */
export function sayIn(message: PlainMessage, lang: Language): string {
  return message({}, { locale: lang });
}
