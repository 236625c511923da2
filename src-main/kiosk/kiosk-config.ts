import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LANGUAGE, Language } from '../../src-shared/i18n/language';
import { formatZodIssues } from '../../src-shared/zod-issues';

// Kiosk mode is switched on by `--kiosk` or by an administrator's kiosk.json. The administrator's file is
// looked up in a machine-wide folder first (only an administrator can write there, so an employee at the
// kiosk cannot switch it off), then in the app's own data folder. Pure except `readKioskConfigFiles`.

export const DEFAULT_IDLE_MINUTES = 10;
/** The countdown warning shows this long before the idle timeout ends the session. */
export const IDLE_WARNING_SECONDS = 60;
export const KIOSK_CONFIG_FILE = 'kiosk.json';

export const KioskConfigFile = z.strictObject({
  /** true: always start as a kiosk. false or absent: only with --kiosk. */
  kiosk: z.boolean().optional(),
  /** Minutes without a key press or click before the session ends. The warning needs at least 2. */
  idleMinutes: z.int().min(2).max(240).optional(),
  /** The language each session starts in and End session returns to: "en" (default) or "es". */
  language: Language.optional(),
});
export type KioskConfigFile = z.infer<typeof KioskConfigFile>;

export interface KioskSettings {
  enabled: boolean;
  idleMinutes: number;
  language: Language;
  /** Which file decided, or "--kiosk" / "default". */
  source: string;
  /** Problems with a config file, in words an administrator can act on. */
  problems: string[];
}

export interface ConfigFileText {
  path: string;
  /** null when the file does not exist. */
  text: string | null;
  /** Set when the file exists but could not be read. */
  readError?: string;
}

/** The machine-wide administrator file for this platform, then the per-user one in the data folder. */
export function kioskConfigPaths(dataDir: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const machineWide =
    platform === 'win32'
      ? join(env.ProgramData && env.ProgramData.trim() !== '' ? env.ProgramData : 'C:\\ProgramData', 'Benefits Counselor', KIOSK_CONFIG_FILE)
      : platform === 'darwin'
        ? join('/Library/Application Support/Benefits Counselor', KIOSK_CONFIG_FILE)
        : join('/etc/benefits-counselor', KIOSK_CONFIG_FILE);
  return [machineWide, join(dataDir, KIOSK_CONFIG_FILE)];
}

/**
 * Decides kiosk mode. The first existing file wins (machine-wide before per-user). `--kiosk` always turns
 * kiosk mode on: a file can make the app stricter, never looser. A file that exists but cannot be read or
 * understood also turns kiosk mode on — on a shared machine, failing open would leave a client's data behind.
 */
export function resolveKioskSettings(switchOn: boolean, files: readonly ConfigFileText[]): KioskSettings {
  const found = files.find((f) => f.text !== null || f.readError !== undefined);
  const fromSwitch = (problems: string[] = []): KioskSettings => ({
    enabled: switchOn,
    idleMinutes: DEFAULT_IDLE_MINUTES,
    language: DEFAULT_LANGUAGE,
    source: switchOn ? '--kiosk' : 'default',
    problems,
  });
  if (!found) return fromSwitch();
  const failClosed = (problem: string): KioskSettings => ({
    enabled: true,
    idleMinutes: DEFAULT_IDLE_MINUTES,
    language: DEFAULT_LANGUAGE,
    source: found.path,
    problems: [`${found.path}: ${problem} Kiosk mode is on until the file is fixed.`],
  });
  if (found.readError !== undefined) return failClosed(`could not be read (${found.readError}).`);
  let json: unknown;
  try {
    json = JSON.parse(found.text ?? '');
  } catch {
    return failClosed('is not valid JSON.');
  }
  const parsed = KioskConfigFile.safeParse(json);
  if (!parsed.success) return failClosed(`${formatZodIssues(parsed.error).join('; ')}.`);
  return {
    enabled: switchOn || parsed.data.kiosk === true,
    idleMinutes: parsed.data.idleMinutes ?? DEFAULT_IDLE_MINUTES,
    language: parsed.data.language ?? DEFAULT_LANGUAGE,
    source: found.path,
    problems: [],
  };
}

/** Reads each candidate file; a missing file is not a problem, an unreadable one is. */
export function readKioskConfigFiles(paths: readonly string[]): ConfigFileText[] {
  return paths.map((path) => {
    if (!existsSync(path)) return { path, text: null };
    try {
      return { path, text: readFileSync(path, 'utf8') };
    } catch (error) {
      return { path, text: null, readError: (error as NodeJS.ErrnoException).code ?? 'unknown error' };
    }
  });
}

export function loadKioskSettings(switchOn: boolean, paths: readonly string[]): KioskSettings {
  return resolveKioskSettings(switchOn, readKioskConfigFiles(paths));
}
