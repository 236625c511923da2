// One-line explanations of the words a family may not know, at about a 6th-grade reading level, in the
// session's language: the one glossary of the app (src-shared/i18n/terms.ts, messages/terms). The <Term>
// tooltip shows them on hover and on keyboard focus; the printed report lists the ones it uses.
export { GLOSSARY_KEYS, glossaryEntry, type GlossaryKey } from '../../../src-shared/i18n/terms';
