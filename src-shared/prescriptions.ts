// The prescription vocabulary, written once: the drug tiers a counselor lists for a household and the
// ways a prescription is filled. Pure lists, so the engine can import them; their words in English and
// Spanish are in prescription-labels.ts. Shipped plan and session files use these codes: append, never rename.

/** The order the engine's rule tables index channels in (src-main/engine/fast-input.ts): do not reorder. */
export const PHARMACY_CHANNELS = ['retail', 'plan_pharmacy', 'mail'] as const;
export type PharmacyChannel = (typeof PHARMACY_CHANNELS)[number];

/** The drug kinds a household's prescriptions are priced as (each a service code). */
export const RX_TIERS = ['rx_preventive_maintenance', 'rx_generic', 'rx_preferred_brand', 'rx_nonpreferred', 'rx_specialty'] as const;
export type RxTier = (typeof RX_TIERS)[number];
