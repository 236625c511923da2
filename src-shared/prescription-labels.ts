import { m, type Language } from './i18n';
import { PHARMACY_CHANNELS, type PharmacyChannel, type RxTier } from './prescriptions';

// The words for the prescription vocabulary (prescriptions.ts), in every language, from the message
// catalog (messages/terms). Kept apart from the lists so the engine, which needs only the codes, never
// loads the catalog. Two names per channel on purpose: the counseling screens say where a household's
// fills go ("Other pharmacy"); the plan editor uses the SBC's own row names ("Retail (network) pharmacy"),
// which a saved plan records, in English, as the source row of its supply table.

type Message = (inputs?: Record<string, never>, options?: { locale?: Language }) => string;

/** A household's fill: where it is filled (the Care step, the one-claim calculator, the summary). */
export const CHANNEL_LABELS: Record<PharmacyChannel, Message> = {
  retail: m.channel_retail,
  plan_pharmacy: m.channel_plan_pharmacy,
  mail: m.channel_mail,
};

/** The plan editor's prescription supply rows, as an SBC names them. */
export const SBC_CHANNEL_LABELS: Record<PharmacyChannel, Message> = {
  retail: m.channel_sbc_retail,
  plan_pharmacy: m.channel_sbc_plan_pharmacy,
  mail: m.channel_sbc_mail,
};

export const RX_TIER_LABELS: Record<RxTier, Message> = {
  rx_preventive_maintenance: m.rx_tier_rx_preventive_maintenance,
  rx_generic: m.rx_tier_rx_generic,
  rx_preferred_brand: m.rx_tier_rx_preferred_brand,
  rx_nonpreferred: m.rx_tier_rx_nonpreferred,
  rx_specialty: m.rx_tier_rx_specialty,
};

export function channelLabel(channel: PharmacyChannel, lang: Language): string {
  return CHANNEL_LABELS[channel]({}, { locale: lang });
}

export function rxTierLabel(tier: RxTier, lang: Language): string {
  return RX_TIER_LABELS[tier]({}, { locale: lang });
}

/**
 * The editor's row names in English, fixed: what a saved plan's source row and the editor's own English
 * sentences (its problems) say, whatever the screen's language.
 */
export const SBC_CHANNEL_NAMES_EN = Object.fromEntries(
  PHARMACY_CHANNELS.map((channel) => [channel, SBC_CHANNEL_LABELS[channel]({}, { locale: 'en' })]),
) as Record<PharmacyChannel, string>;
