// The envelope every IPC channel answers with, whatever the transport. A failure is never `null`: it is
// `{ ok: false, error }` with a stable machine code and a message a person can read.

export const ERROR_CODES = [
  'INVALID_ARGUMENT', // the arguments did not match the channel's schema
  'NOT_FOUND',
  'CONFLICT',
  'PLAN_INCOMPLETE',
  'INVALID_PLAN_FILE',
  'PRICING_ERROR',
  'FORBIDDEN', // wrong sender, token or origin
  'UNKNOWN_CHANNEL',
  'READ_ONLY', // the database is damaged and open read-only
  'UNAVAILABLE', // the feature needs the desktop window (e.g. saving a PDF directly)
  'TOO_LARGE', // the work asked for is beyond what the app computes in reasonable time
  'CANCELLED', // a newer request from the same window replaced this one, or the session ended
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Located problems ("plans[0].benefits.pcp_visit.costShare.amountCents: expected a number ≥ 0"). */
  issues?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** An error a handler throws on purpose; the wrapper turns it into `{ ok: false, error }` as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: string[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}
