import { z } from 'zod';
import { Cents } from './money';
import { SERVICE_CODES } from './services';
import { CONDITIONS, USAGE_PRESETS, UsageService } from './household-schema';
import { MAX_AGE, MIN_AGE } from './ages';

// The two reference tables behind every default the compare module uses: expected use by age band (and
// sex) and allowed amounts per service. Both are JSON files in data/, validated by these schemas in a
// test, and every figure names its source (an id into the file's `sources`). A figure that is an
// assumption says so in its source ("assumption") and its note: the counselor can override it.

export const SourceRef = z.string().min(1).max(60);

export const TableSource = z.strictObject({
  id: SourceRef,
  title: z.string().min(1).max(300),
  citation: z.string().min(1).max(1000),
  url: z.url().optional(),
});

/** A number with where it comes from; `note` says how it was derived when it is not printed as is. */
const SourcedNumber = z.strictObject({ value: z.number().min(0).max(100), source: SourceRef, note: z.string().max(500).optional() });

/** Which age/sex gradient scales a service's baseline count. */
export const UsageGroup = z.enum(['office', 'er', 'admission', 'rx', 'flat']);
export type UsageGroup = z.infer<typeof UsageGroup>;

export const AgeBand = z
  .strictObject({
    id: z.string().min(1).max(40),
    label: z.string().min(1).max(80),
    minAge: z.int().min(MIN_AGE).max(MAX_AGE),
    maxAge: z.int().min(MIN_AGE).max(MAX_AGE),
    /** Multipliers on the baseline by group; `female`/`male` apply when the member's sex is known. */
    factors: z.strictObject({
      office: z.strictObject({ all: SourcedNumber, female: SourcedNumber.optional(), male: SourcedNumber.optional() }),
      er: SourcedNumber,
      admission: SourcedNumber,
      rx: SourcedNumber,
    }),
  })
  .refine((b) => b.minAge <= b.maxAge, { message: 'minAge must not be above maxAge', path: ['maxAge'] });
export type AgeBand = z.infer<typeof AgeBand>;

const BaselineEntry = z.strictObject({
  perYear: z.number().min(0).max(400),
  group: UsageGroup,
  source: SourceRef,
  note: z.string().max(500).optional(),
});

const PresetEntry = z.strictObject({
  label: z.string().min(1).max(80),
  multiplier: z.number().min(0).max(20),
  source: SourceRef,
  note: z.string().max(500).optional(),
});

const ConditionAdd = z.strictObject({ perYear: z.number().min(0).max(400), source: SourceRef, note: z.string().max(500).optional() });

export const USAGE_TABLE_TYPE = 'benefits-counselor/usage-table';
export const UsageTable = z
  .strictObject({
    type: z.literal(USAGE_TABLE_TYPE),
    version: z.literal(1),
    description: z.string().min(1).max(2000),
    sources: z.array(TableSource).min(1).max(40),
    /** The standard population's units per member per year, before age and preset. */
    baseline: z.partialRecord(UsageService, BaselineEntry),
    ageBands: z.array(AgeBand).min(1).max(20),
    /** z.record over an enum is exhaustive in zod 4: every preset and condition must be present. */
    presets: z.record(z.enum(USAGE_PRESETS), PresetEntry),
    conditions: z.record(z.enum(CONDITIONS), z.strictObject({ label: z.string().min(1).max(120), adds: z.partialRecord(UsageService, ConditionAdd) })),
    /** Hospital stays: the mean length, which turns a per-admission price into a per-day one. */
    admissionMeanDays: z.strictObject({ value: z.number().min(1).max(60), source: SourceRef }),
  })
  .superRefine((t, ctx) => checkSources(t, ctx))
  .superRefine((t, ctx) => {
    // Bands must cover every age a person may have (MIN_AGE to MAX_AGE) without gaps or overlaps, so every member falls in exactly one.
    const bands = [...t.ageBands].sort((a, b) => a.minAge - b.minAge);
    let next = MIN_AGE;
    for (const b of bands) {
      if (b.minAge !== next) ctx.addIssue({ code: 'custom', path: ['ageBands'], message: `age ${next} is in no band or in two` });
      next = b.maxAge + 1;
    }
    if (next !== MAX_AGE + 1) ctx.addIssue({ code: 'custom', path: ['ageBands'], message: `the last band must end at age ${MAX_AGE}` });
  });
export type UsageTable = z.infer<typeof UsageTable>;

const PriceEntry = z.strictObject({
  cents: Cents,
  /** What one unit is: a visit, a day of a stay, a 30-day fill … */
  per: z.enum(['visit', 'day', 'fill_30_days', 'trip', 'procedure', 'item', 'episode']),
  /** Price spread (σ of a lognormal whose mean is `cents`), for the simulation. */
  spread: z.number().min(0).max(2),
  source: SourceRef,
  note: z.string().min(1).max(600),
});
export type PriceEntry = z.infer<typeof PriceEntry>;

const BirthEpisode = z.strictObject({
  deliveryCents: Cents,
  days: z.int().min(1).max(30),
  prenatalVisits: z.int().min(0).max(30),
  postpartumVisits: z.int().min(0).max(10),
  source: SourceRef,
  note: z.string().min(1).max(600),
});

export const PRICE_TABLE_TYPE = 'benefits-counselor/price-table';
export const PriceTable = z
  .strictObject({
    type: z.literal(PRICE_TABLE_TYPE),
    version: z.literal(1),
    description: z.string().min(1).max(2000),
    /** The plan year the prices are trended to. */
    priceYear: z.int().min(2000).max(2100),
    trend: z.strictObject({ factor: z.number().min(0.5).max(3), from: z.int(), to: z.int(), source: SourceRef, note: z.string().min(1).max(600) }),
    sources: z.array(TableSource).min(1).max(40),
    services: z.record(z.enum(SERVICE_CODES), PriceEntry),
    births: z.strictObject({ vaginal: BirthEpisode, csection: BirthEpisode }),
  })
  .superRefine((t, ctx) => checkSources(t, ctx));
export type PriceTable = z.infer<typeof PriceTable>;

/** Every `source` field must name an entry of the file's `sources`. */
function checkSources(t: { sources: { id: string }[] }, ctx: z.RefinementCtx): void {
  const ids = new Set(t.sources.map((s) => s.id));
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'source' && typeof v === 'string' && !ids.has(v)) {
          ctx.addIssue({ code: 'custom', path: [...path, k], message: `unknown source "${v}"` });
        } else if (path.length > 0 || k !== 'sources') walk(v, [...path, k]);
      }
    }
  };
  walk(t, []);
}

export interface CompareTables {
  prices: PriceTable;
  usage: UsageTable;
}
