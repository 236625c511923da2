import { m } from '../../../../src-shared/i18n';

// The SBC's "Common Medical Event" headings in the language on screen. The heading itself stays as the
// SBC prints it (English, marked lang="en"); this is its meaning, shown beside it in another language.
const EVENTS: Record<string, () => string> = {
  "If you visit a health care provider's office or clinic": m.grid_event_office,
  'If you have a test': m.grid_event_test,
  'If you need drugs to treat your illness or condition': m.grid_event_drugs,
  'If you have outpatient surgery': m.grid_event_surgery,
  'If you need immediate medical attention': m.grid_event_immediate,
  'If you have a hospital stay': m.grid_event_hospital,
  'If you need mental health, behavioral health, or substance abuse services': m.grid_event_mental,
  'If you are pregnant': m.grid_event_pregnant,
  'If you need help recovering or have other special health needs': m.grid_event_recovering,
  'If you need other care the plan documents list': m.grid_event_other_care,
  'If your child needs dental or eye care': m.grid_event_child,
  'Other covered services': m.grid_event_other_services,
};

/** What an SBC event heading means, in the language on screen; null for a heading the catalog lacks. */
export function eventMeaning(event: string): string | null {
  return EVENTS[event]?.() ?? null;
}
