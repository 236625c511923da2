import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src-shared/i18n';
import { CHANNEL_LABELS, RX_TIER_LABELS, SBC_CHANNEL_LABELS, SBC_CHANNEL_NAMES_EN, channelLabel, rxTierLabel } from '../../src-shared/prescription-labels';
import { PHARMACY_CHANNELS, RX_TIERS } from '../../src-shared/prescriptions';
import { RxTier } from '../../src-shared/household-schema';
import { PharmacyChannel } from '../../src-shared/plan-schema';
import { PRESCRIPTION_SERVICES } from '../../src-shared/services';

// The prescription vocabulary, written once (src-shared/prescriptions.ts) with its words in every language
// (src-shared/prescription-labels.ts): the schemas accept exactly its codes, every code has its words,
// and the editor's English row names are the ones saved plans already record as their source rows.

describe('the prescription vocabulary', () => {
  it('is what the household and plan schemas accept', () => {
    expect(RxTier.options).toEqual([...RX_TIERS]);
    expect(PharmacyChannel.options).toEqual([...PHARMACY_CHANNELS]);
    expect(RX_TIERS.every((tier) => PRESCRIPTION_SERVICES.includes(tier))).toBe(true);
  });

  it.each(LANGUAGES)('names every tier and channel in %s, each differently', (lang) => {
    const tiers = RX_TIERS.map((t) => rxTierLabel(t, lang));
    const channels = PHARMACY_CHANNELS.map((c) => channelLabel(c, lang));
    const rows = PHARMACY_CHANNELS.map((c) => SBC_CHANNEL_LABELS[c]({}, { locale: lang }));
    for (const words of [tiers, channels, rows]) {
      expect(words.every((w) => w.trim().length > 0)).toBe(true);
      expect(new Set(words).size).toBe(words.length);
    }
    expect(Object.keys(CHANNEL_LABELS)).toEqual([...PHARMACY_CHANNELS]);
    expect(Object.keys(RX_TIER_LABELS)).toEqual([...RX_TIERS]);
  });

  it('speaks Spanish in Spanish', () => {
    expect(channelLabel('retail', 'es')).not.toBe(channelLabel('retail', 'en'));
    expect(rxTierLabel('rx_generic', 'es')).not.toBe(rxTierLabel('rx_generic', 'en'));
  });

  it('keeps the editor row names a saved plan records, in English whatever the screen says', () => {
    expect(SBC_CHANNEL_NAMES_EN).toEqual({ retail: 'Retail (network) pharmacy', plan_pharmacy: 'Plan pharmacy', mail: 'Mail order' });
  });
});
