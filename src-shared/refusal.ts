import { m } from './i18n/paraglide/messages.js';
import { AppError, type ErrorCode, type ProblemShape, type SaidShape } from './result';

// A refusal the main process words itself, from the catalog (messages/errors): its English is the
// envelope's `message` (logs, the command line, older callers), and its key and parameters travel beside it
// (`said`), so the renderer says the same sentence in the session's language (src-renderer/src/lib/error-words.ts).

export type ErrorKey = Extract<keyof typeof m, `err_${string}`>;
type Params<K extends ErrorKey> = Parameters<(typeof m)[K]>[0] & Record<string, string | number>;

/** The catalog message in parts, and its English. */
export function said<K extends ErrorKey>(key: K, params: Params<K>): { said: SaidShape; english: string } {
  const say = m[key] as (inputs: Record<string, string | number>, options: { locale: 'en' }) => string;
  return { said: { key, params }, english: say(params, { locale: 'en' }) };
}

/** An AppError whose message is a catalog message (its English), with the key and parameters beside it. */
export function refusal<K extends ErrorKey>(code: ErrorCode, key: K, params: Params<K>, more: { issues?: string[]; problems?: ProblemShape[] } = {}): AppError {
  const words = said(key, params);
  return new AppError(code, words.english, more.issues, { said: words.said, ...(more.problems ? { problems: more.problems } : {}) });
}

/** An app-worded located problem ("plans[1].id: duplicate plan id …"), as a line and in parts. */
export function appProblem<K extends ErrorKey>(path: string, key: K, params: Params<K>): { line: string; problem: ProblemShape } {
  const words = said(key, params);
  return { line: `${path}: ${words.english}`, problem: { path, code: 'app', message: words.english, said: words.said } };
}
