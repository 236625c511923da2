import { z } from 'zod';

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

/** A message of the catalog (`messages/errors`) and its parameters: what `message` says, for any language. */
export interface SaidShape {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * One located problem in parts, beside its English line in `issues`: the path as written, and either a zod
 * issue's code and parameters (never the input: no personal data travels back) or a catalog message.
 */
export interface ProblemShape {
  path: string;
  /** zod's issue code ("invalid_type", "too_small", "custom" …), or "app" for a problem the app words itself. */
  code: string;
  /** The English text after "path: " (a schema's own words when `own`). */
  message: string;
  /** The message is the schema's own words (a refine or a custom text), not zod's built-in one. */
  own?: boolean;
  /** zod's parameters: expected, received (the type's name only), origin, minimum, maximum, inclusive, values, format, pattern, divisor, keys. */
  params?: Record<string, string | number | boolean | (string | number)[]>;
  said?: SaidShape;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Located problems ("plans[0].benefits.pcp_visit.costShare.amountCents: expected a number ≥ 0"). */
  issues?: string[];
  /** `message` in parts, so the renderer (or the command line) says it in the reader's language. */
  said?: SaidShape;
  /** `issues` in parts, one for one. */
  problems?: ProblemShape[];
}

const Said = z.strictObject({ key: z.string().regex(/^err_\w+$/), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
const Param = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]);

/** The error half of the envelope, as the renderer accepts it (error-words.ts checks it before reading its parts). */
export const AppErrorEnvelope = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.string()).optional(),
  said: Said.optional(),
  problems: z
    .array(
      z.strictObject({
        path: z.string(),
        code: z.string(),
        message: z.string(),
        own: z.boolean().optional(),
        params: z.record(z.string(), Param).optional(),
        said: Said.optional(),
      }),
    )
    .optional(),
});

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** An error a handler throws on purpose; the wrapper turns it into `{ ok: false, error }` as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: string[],
    readonly parts: { said?: SaidShape; problems?: ProblemShape[] } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get shape(): AppErrorShape {
    const { said, problems } = this.parts;
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(said ? { said } : {}),
      ...(problems ? { problems } : {}),
    };
  }
}
