import { DEFAULT_LANGUAGE, overwriteGetLocale, type Language } from '../../../src-shared/i18n';

// The language on screen. The session owns the choice (it is saved with it); this holds it so every
// message function reads it: Paraglide's getLocale is pointed here, and since it reads $state, a template
// that shows a message re-renders the moment the language changes, with nothing remounted (nothing typed
// is lost). The handout can speak another language: the report and the CSV pass theirs explicitly.

class LanguageState {
  /** The language on screen now. */
  current = $state<Language>(DEFAULT_LANGUAGE);
  /** What a fresh session starts in: English unless the kiosk's configuration says otherwise. */
  startWith = $state<Language>(DEFAULT_LANGUAGE);
}

export const language = new LanguageState();

overwriteGetLocale(() => language.current);
