import { z } from 'zod';

// The languages the app speaks. One per session (saved with it), and one per handout (the printed report
// and the CSV can be in another). Messages live in src-shared/i18n/messages/<area>/<language>.json and are
// compiled by Paraglide JS into typed functions (src-shared/i18n/paraglide, see scripts/compile-messages.mjs).

export const LANGUAGES = ['en', 'es'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in that language, for the switch ("English", "Español"). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/** The locale numbers, money and dates are written in: US conventions in both ("$1,234.50", "15 jun"). */
export function intlLocale(lang: Language): 'en-US' | 'es-US' {
  return lang === 'es' ? 'es-US' : 'en-US';
}

/** The options a message function takes to speak a language other than the screen's: `m.x({}, inLanguage('es'))`. */
export function inLanguage(lang: Language): { locale: Language } {
  return { locale: lang };
}
