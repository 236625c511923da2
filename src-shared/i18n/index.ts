// The one door to the message catalog: `m.<key>(params, { locale })` for every string a person reads.
// Without a locale a message speaks the current language: the renderer points it at the session's
// language (src-renderer/src/state/language.svelte.ts), the command line at --lang.
export { m } from './paraglide/messages.js';
export { getLocale, overwriteGetLocale, locales } from './paraglide/runtime.js';
export * from './language';
export { sayIn, type PlainMessage } from './say';
