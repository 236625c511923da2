// Enrollment types and priorities in words, in any language (src-shared/i18n/terms.ts).
export { enrollmentLabel, priorityLabel } from '../../../src-shared/i18n/terms';
