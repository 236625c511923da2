import type { ChannelParsedArgs, ChannelResult } from '../../src-shared/ipc-contract';
import type { IpcChannel } from '../../src-shared/ipc-channels';
import type { Result } from '../../src-shared/result';
import type { AppContext } from '../app-context';
import type { Sender } from '../security/sender-policy';

// The shapes every IPC handler has. The pipeline that runs them is pipeline.ts.

/** What a handler knows of the call beyond its arguments. */
export interface CallInfo {
  /**
   * The window or browser tab that asked, and for which channel ("wc-3:engine:compare"): a newer
   * computation in the same lane replaces the older one. Null for the command line and tests.
   */
  lane: string | null;
  /** The caller's prefix of every lane ("wc-3:"), to cancel all of a window's work; null as above. */
  lanePrefix: string | null;
}

export type Handler<C extends IpcChannel> = (args: ChannelParsedArgs<C>, ctx: AppContext, call: CallInfo) => ChannelResult<C> | Promise<ChannelResult<C>>;

/** One handler per channel; the mapped type makes a missing channel a compile error. */
export type Handlers = { [C in IpcChannel]: Handler<C> };

export type Dispatch = (channel: string, rawArgs: unknown, sender?: Sender) => Promise<Result<unknown>>;

/** The caller's prefix of every lane ("wc-3:"), or null when the sender names no window or tab. */
export function senderLanePrefix(sender: Sender): string | null {
  return sender.kind === 'renderer' && sender.client ? `${sender.client}:` : null;
}
