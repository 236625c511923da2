import type { LedgerLine } from '../pricing-schema';
import type { Language } from './language';

/** The plain-language reason of a ledger line in `lang`, and the language it is actually in. */
export function ruleText(rule: LedgerLine['rule'], lang: Language): { text: string; lang: Language } {
  void lang;
  return { text: rule.text, lang: 'en' };
}
