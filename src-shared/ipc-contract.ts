import { z } from 'zod';
import { Claim, EngineMember } from './claims-schema';
import { Plan, PlanId } from './plan-schema';
import { PricedClaims } from './pricing-schema';
import { CompareRequest } from './household-schema';
import { CompareResult, ExplainArrangementRequest, ExplainArrangementResult, ExplainRequest, ExplainResult } from './compare-result-schema';
import { DiffArgs, NewPlanArgs, PlanDiffResult, RevisionInfo, SaveArgs, SavedPlan } from './editor-schema';
import type { IpcChannel } from './ipc-channels';
import { PLAN_ORIGINS } from './plan-history';
import { SessionId, SessionState, SessionSummary } from './session-schema';
import { BackupStatus, EndSessionReport, KioskSettings, RestoreArgs, RestoreReport } from './kiosk-schema';

// One IPC contract: channel name → zod schemas for its arguments and its result. The main process parses
// every argument with these before a handler runs, whatever the transport (Electron IPC, the loopback web
// host, the command line, tests).

export const PlanSummary = z.object({
  id: z.string(),
  /** The plan's name as a person says it (planDisplayName). */
  displayName: z.string(),
  carrier: z.string(),
  planName: z.string(),
  option: z.string(),
  program: z.enum(['fehb', 'district', 'other']),
  planYear: z.object({ start: z.string(), end: z.string(), label: z.string() }),
  complete: z.boolean(),
  missing: z.array(z.string()),
  origin: z.enum(PLAN_ORIGINS),
  userModified: z.boolean(),
  updatedAt: z.string(),
  /**
   * Only in a list asked for with `includeDamaged`: this stored row does not parse or validate, and why.
   * The other fields hold what could be read; the plan cannot be opened, priced or compared.
   */
  damaged: z.string().optional(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const SavedPdf = z.object({ saved: z.boolean(), fileName: z.string().nullable() });
export type SavedPdf = z.infer<typeof SavedPdf>;

export const AppInfo = z.object({
  version: z.string(),
  transport: z.enum(['electron', 'web', 'cli', 'test']),
  dataDir: z.string(),
  kiosk: z.boolean(),
  readOnly: z.boolean(),
  /** Why the database is read-only, in plain words (damaged file, newer version …). */
  readOnlyReason: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const NoArgs = z.strictObject({}).optional();

export const contract = {
  'app:info': { args: NoArgs, result: AppInfo },
  // The usable plans; with includeDamaged also the damaged rows (each with `damaged`, its reason).
  'plans:list': { args: z.strictObject({ includeDamaged: z.boolean().optional() }).optional(), result: z.array(PlanSummary) },
  'plans:get': {
    args: z.strictObject({ id: PlanId }),
    result: z.object({ plan: Plan, summary: PlanSummary }),
  },
  'plans:import': {
    // The file's text as the person chose it; the main process parses and checks it.
    args: z.strictObject({ text: z.string().max(60 * 1024 * 1024), author: z.string().max(100).optional() }),
    result: z.object({ imported: z.array(z.string()), replaced: z.array(z.string()) }),
  },
  'plans:export': {
    args: z.strictObject({ ids: z.union([z.literal('all'), z.array(PlanId).min(1).max(200)]) }),
    result: z.object({ fileName: z.string(), text: z.string() }),
  },
  'engine:price': {
    args: z.strictObject({
      planId: PlanId,
      members: z.array(EngineMember).min(1).max(20),
      claims: z.array(Claim).max(100_000),
      ledger: z.boolean().optional(),
    }),
    result: PricedClaims,
  },
  'engine:compare': { args: CompareRequest, result: CompareResult },
  // One year of a comparison claim by claim: the typical year or a simulated one (median, bad, worst).
  'engine:explain': { args: ExplainRequest, result: ExplainResult },
  // One arrangement's year (who enrolls where, issue 14): each enrollment's ledger per plan year.
  'engine:explain-arrangement': { args: ExplainArrangementRequest, result: ExplainArrangementResult },
  'export:pdf': {
    args: z.strictObject({
      fileName: z
        .string()
        .min(5)
        .max(120)
        .regex(/^[\w .,()-]+\.pdf$/, 'expected a plain file name ending in .pdf'),
    }),
    result: SavedPdf,
  },
  'sessions:list': { args: NoArgs, result: z.array(SessionSummary) },
  'sessions:get': {
    args: z.strictObject({ id: SessionId }),
    result: SessionSummary.extend({ state: SessionState }),
  },
  'sessions:save': {
    // Without an id a new session is created; the answer carries its id for the next autosave.
    args: z.strictObject({ id: SessionId.optional(), state: SessionState }),
    result: SessionSummary,
  },
  'sessions:delete': { args: z.strictObject({ id: SessionId }), result: z.object({ deleted: z.boolean() }) },
  // Deleting every session not changed in the last `days` days (0: all of them) is confirmed first.
  // `preview: true` deletes nothing and answers what would go: the cutoff the main process computed, how
  // many, the oldest and newest (label and last change) and a digest of exactly that set. The delete then
  // sends `confirm: { cutoff, digest }` back and is refused (CONFLICT) if the set is no longer the one
  // confirmed, or if the cutoff is later than `days` allows. `{ days }` alone deletes at once (tests).
  'sessions:delete-older-than': {
    args: z
      .strictObject({
        days: z.int().min(0).max(36_500),
        preview: z.literal(true).optional(),
        confirm: z.strictObject({ cutoff: z.iso.datetime(), digest: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
      })
      .refine((a) => !(a.preview && a.confirm), 'either preview or confirm, not both'),
    result: z.object({
      deleted: z.int(),
      preview: z
        .object({
          cutoff: z.iso.datetime(),
          count: z.int(),
          digest: z.string(),
          oldest: z.object({ label: z.string(), updatedAt: z.string() }).nullable(),
          newest: z.object({ label: z.string(), updatedAt: z.string() }).nullable(),
        })
        .optional(),
    }),
  },
  'app:kiosk-settings': { args: NoArgs, result: KioskSettings },
  // Clears the clipboard and, in Electron's kiosk, replaces the window; the renderer wipes the rest.
  'app:end-session': { args: NoArgs, result: EndSessionReport },
  'app:backup-status': { args: NoArgs, result: BackupStatus },
  // Only when something is damaged: a damaged file is moved aside untouched and the chosen backup (default:
  // the newest sound one) takes its place; damaged rows of a sound file are replaced from the backup alone.
  'app:restore-backup': { args: RestoreArgs, result: RestoreReport },
  // The plan editor (src-main/ipc/editor.ipc.ts).
  'plans:save': { args: SaveArgs, result: SavedPlan },
  'plans:revisions': { args: z.strictObject({ id: PlanId }), result: z.array(RevisionInfo) },
  'plans:diff': { args: DiffArgs, result: PlanDiffResult },
  'plans:new': { args: NewPlanArgs, result: SavedPlan },
} as const satisfies Record<IpcChannel, { args: z.ZodType; result: z.ZodType }>;

export type Contract = typeof contract;
export type ChannelArgs<C extends IpcChannel> = z.input<Contract[C]['args']>;
export type ChannelParsedArgs<C extends IpcChannel> = z.output<Contract[C]['args']>;
export type ChannelResult<C extends IpcChannel> = z.output<Contract[C]['result']>;
