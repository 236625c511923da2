import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { m } from '../../../src-shared/i18n';
import { GLOSSARY_KEYS, glossaryEntry, servicesWithoutMessages, serviceLabel } from '../../../src-shared/i18n/terms';
import { SERVICE_CODES, SERVICE_LABELS } from '../../../src-shared/services';

// The message catalog (src-shared/i18n/messages/<area>/<locale>.json): every English message has a Spanish
// one and the reverse, with the same placeholders, and the Spanish is not English left untranslated.

const root = join(import.meta.dirname, '..', '..', '..', 'src-shared', 'i18n', 'messages');
const areas = readdirSync(root);
type Message = string | { declarations?: string[]; match?: Record<string, string> }[];

function read(area: string, locale: string): Record<string, Message> {
  const json = JSON.parse(readFileSync(join(root, area, `${locale}.json`), 'utf8')) as Record<string, Message>;
  delete json.$schema;
  return json;
}

/** Placeholders a message uses: {name} in its text (every variant), and the inputs it declares. */
function placeholders(message: Message): string[] {
  const names = new Set<string>();
  const scan = (text: string): void => {
    for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1] as string);
  };
  if (typeof message === 'string') scan(message);
  else
    for (const variant of message) {
      for (const d of variant.declarations ?? []) if (d.startsWith('input ')) names.add(d.slice('input '.length));
      for (const text of Object.values(variant.match ?? {})) scan(text);
    }
  return [...names].sort();
}

describe('the message catalog', () => {
  it.each(areas)('%s: the same keys in English and Spanish, in the same order', (area) => {
    expect(Object.keys(read(area, 'es'))).toEqual(Object.keys(read(area, 'en')));
  });

  it.each(areas)('%s: every message has the same placeholders in both languages', (area) => {
    const en = read(area, 'en');
    const es = read(area, 'es');
    for (const [key, message] of Object.entries(en)) {
      expect(es[key], `${area}/${key} has no Spanish`).toBeDefined();
      expect(placeholders(es[key] as Message), `${area}/${key}`).toEqual(placeholders(message));
    }
  });

  it('has no key twice across areas (one catalog)', () => {
    const keys = areas.flatMap((area) => Object.keys(read(area, 'en')));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('translates: a Spanish message equals its English one only where the words are names or symbols', () => {
    const same = areas.flatMap((area) => {
      const en = read(area, 'en');
      const es = read(area, 'es');
      return Object.keys(en).filter((k) => typeof en[k] === 'string' && en[k] === es[k] && /[a-z]{3}/.test((en[k] as string).replace(/\{\w+\}/g, '')));
    });
    // Words that are the same in both languages.
    expect(same.sort()).toEqual(
      ['cli_backup_row_plan', 'cli_col_plan', 'col_plan', 'csv_plan', 'events_hospital', 'field_general'].filter((k) => same.includes(k)).sort(),
    );
  });

  it('names every service in Spanish, and its English is the service vocabulary’s', () => {
    expect(servicesWithoutMessages(SERVICE_CODES), 'services without a message in messages/terms (add service_<code> in en.json and es.json)').toEqual([]);
    for (const code of SERVICE_CODES) {
      expect(serviceLabel(code, 'en')).toBe(SERVICE_LABELS[code]);
      expect(serviceLabel(code, 'es')).not.toBe(SERVICE_LABELS[code]);
    }
  });

  it('has one glossary with CuidadoDeSalud.gov’s terms', () => {
    const es = Object.fromEntries(GLOSSARY_KEYS.map((k) => [k, glossaryEntry(k, 'es').term]));
    expect(es).toMatchObject({ premium: 'Prima', deductible: 'Deducible', copay: 'Copago', coinsurance: 'Coseguro', network: 'Red de proveedores' });
    expect(es.oopMax).toContain('Desembolso máximo');
    expect(es.oopMax).toContain('límite de gastos de bolsillo');
  });

  it('compiles messages that take their language per call, plurals included', () => {
    expect(m.saved_n_sessions({ count: 1 }, { locale: 'es' })).toBe('1 sesión');
    expect(m.saved_n_sessions({ count: 3 }, { locale: 'es' })).toBe('3 sesiones');
    expect(m.saved_n_sessions({ count: 3 }, { locale: 'en' })).toBe('3 sessions');
  });
});
