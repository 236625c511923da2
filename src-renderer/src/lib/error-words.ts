// The renderer's one door to an error's words: every screen that shows what the main process refused says
// it through these (src-shared/i18n/error-text.ts), in the language on screen unless told otherwise.
export { envelopeOf, errorText, errorWords, issueWords, problemWords, type ErrorWords, type Said } from '../../../src-shared/i18n/error-text';
