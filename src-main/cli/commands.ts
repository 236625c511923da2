import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ChannelArgs, ChannelResult, PlanSummary } from '../../src-shared/ipc-contract';
import type { IpcChannel } from '../../src-shared/ipc-channels';
import type { BackupEntry, BackupStatus } from '../../src-shared/kiosk-schema';
import { LANGUAGES, Language, m } from '../../src-shared/i18n';
import { formatZodIssues } from '../../src-shared/zod-issues';
import type { OpenedApp } from '../app-context';
import { ClaimsFile, pricedToJson, toEngineClaims } from './claims-file';
import { formatArrangementsText } from './arrangements-text';
import { formatCompareText, type HouseholdCare } from './compare-text';
import { engineText } from '../../src-shared/i18n/engine-text';
import { errorWords } from '../../src-shared/i18n/error-text';
import type { AppErrorShape } from '../../src-shared/result';

// The command line's verbs. Each one calls the same IPC handlers the window uses.

export class UsageError extends Error {}

export interface CliIo {
  app: () => OpenedApp;
  readFile: (path: string) => string;
  writeFile: (path: string, text: string) => void;
}

export const HELP = `Benefits Counselor command line

  plans list [--json]                        every stored plan with its year and completeness
  plans show <plan-id> [--json]              one plan: limits, premiums and every rule with its source
  plans import <file.json>                   import a plan file (all or nothing)
  plans export <plan-id|--all> [--out FILE]  write a plan file (to stdout without --out)
  price --plan <plan-id> --claims <file.json>
                                             price a list of claims under one plan (JSON, dollars)
  compare --household <file.json> [--plans id,id] [--simulations N] [--seed S]
          [--priority lowest_expected|lowest_worst_case|lowest_premium|balanced] [--json]
                                             price a household's year under every plan and rank them
  backup list [--json]                       the automatic backups (date, plans and sessions held) and what is damaged
  backup restore <backup-id|newest>          restore a backup: the whole damaged file, or only the damaged rows
  help                                       this text

  --lang en|es                               the language of the words printed (default en); JSON stays as it is

Data folder: $BENEFITS_COUNSELOR_DATA_DIR, else the per-user folder described in the README.`;

class CommandError extends Error {
  constructor(
    message: string,
    readonly issues?: string[],
    /** The main process's refusal, when it is one: said again in the language asked for (error-text.ts). */
    readonly envelope?: AppErrorShape,
  ) {
    super(message);
  }
}

/** A refusal of the main process in `lang` (English as it was); anything else as it is. */
function inLanguage(error: unknown, lang: Language): unknown {
  if (lang === 'en' || !(error instanceof CommandError) || !error.envelope) return error;
  const said = errorWords(error.envelope, lang);
  const text = said.english ? `${said.text} ${m.err_english_note({}, { locale: lang })}` : said.text;
  return new CommandError(text, said.issues.length ? said.issues.map((i) => i.text) : error.issues, error.envelope);
}

async function invoke<C extends IpcChannel>(io: CliIo, channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  const result = await io.app().dispatch(channel, args);
  if (!result.ok) throw new CommandError(result.error.message, result.error.issues, result.error);
  return result.value as ChannelResult<C>;
}

function parseJsonFile(io: CliIo, path: string): unknown {
  const text = io.readFile(path);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CommandError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function planLine(p: PlanSummary, lang: Language): string {
  const o = { locale: lang };
  if (p.damaged) return `${p.id.padEnd(36)} ${p.planYear.label.padEnd(8)} ${m.cli_plan_damaged({}, o).padEnd(30)} ${p.damaged}`;
  const state = p.complete ? m.cli_plan_complete({}, o) : m.cli_plan_incomplete({ count: p.missing.length }, o);
  return `${p.id.padEnd(36)} ${p.planYear.label.padEnd(8)} ${state.padEnd(30)} ${p.displayName}`;
}

async function plansCommand(rest: string[], io: CliIo, lang: Language): Promise<string> {
  const [verb, ...args] = rest;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, all: { type: 'boolean' }, out: { type: 'string' } },
  });
  switch (verb) {
    case 'list': {
      // A damaged stored plan is listed with its reason (plans show/price/compare refuse it; the rest work).
      const plans = await invoke(io, 'plans:list', { includeDamaged: true });
      return values.json ? JSON.stringify(plans, null, 2) : plans.map((p) => planLine(p, lang)).join('\n');
    }
    case 'show': {
      const id = positionals[0];
      if (!id) throw new UsageError('plans show needs a plan id (see: plans list)');
      const { plan, summary } = await invoke(io, 'plans:get', { id });
      if (values.json) return JSON.stringify(plan, null, 2);
      const rules = Object.entries(plan.benefits).map(
        ([code, r]) => `  ${code.padEnd(28)} ${r.source.youPay}  [${r.source.document} §${r.source.section}, ${r.source.row}]`,
      );
      // What the plan lacks in the language when it reads (engine-text.ts), else as written and said to be English.
      const missing = summary.complete ? [] : summary.missing.map((item) => missingLine(item, lang));
      return [planLine(summary, lang), ...missing, ...rules].join('\n');
    }
    case 'import': {
      const path = positionals[0];
      if (!path) throw new UsageError('plans import needs a file');
      const r = await invoke(io, 'plans:import', { text: io.readFile(path), author: 'command line' });
      return `imported ${[...r.imported, ...r.replaced].join(', ')}${r.replaced.length ? ` (replaced: ${r.replaced.join(', ')})` : ''}`;
    }
    case 'export': {
      const id = positionals[0];
      if (!values.all && !id) throw new UsageError('plans export needs a plan id or --all');
      const file = await invoke(io, 'plans:export', { ids: values.all ? 'all' : [id as string] });
      if (!values.out) return file.text;
      io.writeFile(values.out, file.text);
      return `wrote ${values.out}`;
    }
    default:
      throw new UsageError(`unknown plans command "${verb ?? ''}" (list, show, import, export)`);
  }
}

async function priceCommand(args: string[], io: CliIo): Promise<string> {
  const { values } = parseArgs({ args, options: { plan: { type: 'string' }, claims: { type: 'string' } } });
  if (!values.plan || !values.claims) throw new UsageError('price needs --plan <plan-id> and --claims <file.json>');
  const parsed = ClaimsFile.safeParse(parseJsonFile(io, values.claims));
  if (!parsed.success) {
    const issues = formatZodIssues(parsed.error);
    throw new CommandError(`${values.claims}: ${issues[0]}`, issues.slice(1));
  }
  const priced = await invoke(io, 'engine:price', {
    planId: values.plan,
    members: parsed.data.members,
    claims: toEngineClaims(parsed.data),
    ledger: true,
  });
  return JSON.stringify(pricedToJson(values.plan, priced), null, 2);
}

function integerFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, got "${value}"`);
  return Number(value);
}

async function compareCommand(args: string[], io: CliIo, lang: Language): Promise<string> {
  const { values } = parseArgs({
    args,
    options: {
      household: { type: 'string' },
      plans: { type: 'string' },
      simulations: { type: 'string' },
      seed: { type: 'string' },
      priority: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!values.household) throw new UsageError('compare needs --household <file.json> (see data/examples/)');
  const file = parseJsonFile(io, values.household);
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw new CommandError(`${values.household}: expected a JSON object with "household" and "priority"`);
  }
  const request: Record<string, unknown> = { priority: 'lowest_expected', ...file };
  if (values.plans)
    request.planIds = values.plans
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
  const simulations = integerFlag('simulations', values.simulations);
  if (simulations !== undefined) request.simulations = simulations;
  const seed = integerFlag('seed', values.seed);
  if (seed !== undefined) request.seed = seed;
  if (values.priority) request.priority = values.priority;
  const result = await invoke(io, 'engine:compare', request as ChannelArgs<'engine:compare'>);
  if (values.json) return JSON.stringify(result, null, 2);
  const prices = JSON.parse(readFileSync(join(io.app().ctx.appRoot, 'data', 'prices', 'default-prices-2022.json'), 'utf8')) as { priceYear: number };
  return formatCompareText(result, lang, (request.household ?? { members: [] }) as HouseholdCare, prices.priceYear) + formatArrangementsText(result, lang);
}

function backupLine(b: BackupEntry, lang: Language): string {
  const o = { locale: lang };
  const held = b.sound
    ? m.cli_backup_held({ plans: b.plans ?? '?', sessions: b.sessions ?? '?' }, o)
    : m.cli_backup_damaged({ problem: b.problem ?? m.cli_backup_unreadable({}, o) }, o);
  const kept = b.kept ? m.cli_backup_kept({ reason: b.kept.reason }, o) : '';
  return `${b.id.padEnd(58)} ${b.takenAt.slice(0, 16).replace('T', ' ')} UTC  ${held}${kept}`;
}

function describeStatus(status: BackupStatus, lang: Language): string[] {
  const o = { locale: lang };
  const lines: string[] = [];
  if (status.damaged) lines.push(status.readOnlyReason ?? m.cli_backup_file_damaged({}, o));
  else if (status.damagedRows.length > 0) {
    lines.push(m.cli_backup_rows_damaged({ count: status.damagedRows.length }, o));
    for (const r of status.damagedRows)
      lines.push(`  ${r.table === 'plans' ? m.cli_backup_row_plan({}, o) : m.cli_backup_row_session({}, o)} ${r.label}: ${r.reason}`);
  } else lines.push(m.cli_backup_sound({ file: status.fileName }, o));
  if (status.restoreEffect) lines.push(m.cli_backup_restoring({ effect: status.restoreEffect }, o));
  // The data file's own reasons (damage, what a restore does) come from the store, in English.
  if (lang !== 'en' && (status.damaged || status.damagedRows.length > 0 || status.restoreEffect)) lines.push(m.cli_main_text_english({}, o));
  lines.push('');
  if (status.backups.length === 0) lines.push(m.cli_backup_none({}, o));
  else lines.push(m.cli_backup_list_head({}, o), ...status.backups.map((b) => backupLine(b, lang)));
  return lines;
}

async function backupCommand(rest: string[], io: CliIo, lang: Language): Promise<string> {
  const [verb, ...args] = rest;
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  switch (verb) {
    case 'list': {
      const status = await invoke(io, 'app:backup-status', {});
      return values.json ? JSON.stringify(status, null, 2) : describeStatus(status, lang).join('\n');
    }
    case 'restore': {
      const choice = positionals[0];
      if (!choice) throw new UsageError('backup restore needs a backup id or "newest" (see: backup list)');
      const r = await invoke(io, 'app:restore-backup', { backup: choice });
      if (values.json) return JSON.stringify(r, null, 2);
      const from = `the backup ${r.restored.name} (taken ${r.restored.takenAt.slice(0, 16).replace('T', ' ')} UTC)`;
      if (r.mode === 'file') {
        return [
          `Restored ${from}: the data file now holds ${r.plans} plans and ${r.sessions} saved sessions, and passed its integrity check.`,
          `The damaged file is kept, unchanged, as ${r.damagedFileKeptAs} in the data folder.`,
        ].join('\n');
      }
      return [
        `Put back from ${from}: ${r.repaired.map((x) => `${x.table === 'plans' ? 'plan' : 'session'} ${x.label}`).join(', ')}; nothing else was changed.`,
        ...(r.stillDamaged.length ? [`Still damaged (not in that backup): ${r.stillDamaged.map((x) => x.label).join(', ')}`] : []),
        `A copy of the data file from before the repair is kept as ${r.damagedFileKeptAs}.`,
      ].join('\n');
    }
    default:
      throw new UsageError(`unknown backup command "${verb ?? ''}" (list, restore)`);
  }
}

/** `--lang es` (or `--lang=es`) anywhere on the line: the language of the words printed. */
function takeLanguage(argv: string[]): { lang: Language; rest: string[] } {
  const rest: string[] = [];
  let lang: Language = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : null;
    if (value === null) {
      rest.push(arg);
      continue;
    }
    const parsed = Language.safeParse(value);
    if (!parsed.success) throw new UsageError(m.cli_lang_invalid({ value: value ?? '' }, { locale: 'en' }) + ` (${LANGUAGES.join(', ')})`);
    lang = parsed.data;
  }
  return { lang, rest };
}

export async function runCommand(argv: string[], io: CliIo): Promise<string> {
  const { lang, rest: args } = takeLanguage(argv);
  try {
    return await runIn(lang, args, io);
  } catch (error) {
    throw inLanguage(error, lang);
  }
}

async function runIn(lang: Language, args: string[], io: CliIo): Promise<string> {
  const [command, ...rest] = args;
  switch (command) {
    case 'plans':
      return plansCommand(rest, io, lang);
    case 'price':
      return priceCommand(rest, io);
    case 'compare':
      return compareCommand(rest, io, lang);
    case 'backup':
      return backupCommand(rest, io, lang);
    case undefined:
    case 'help':
    case '--help':
      return HELP;
    default:
      throw new UsageError(`unknown command "${command}". Run: npm run --silent cli -- help`);
  }
}

function missingLine(item: string, lang: Language): string {
  const said = engineText(item, lang);
  return `  ${said.english ? m.cli_show_missing_english({ item }, { locale: lang }) : m.cli_show_missing({ item: said.text }, { locale: lang })}`;
}
