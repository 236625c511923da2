import type { ChannelArgs, ChannelResult, PlanSummary } from '../../../src-shared/ipc-contract';
import type { IpcChannel } from '../../../src-shared/ipc-channels';
import type { ErrorCode } from '../../../src-shared/result';
import { ApiError, type Api } from '../../../src-renderer/src/lib/api';

// A stand-in for the main process, passed to the renderer's state classes instead of the real bridge. It
// records every call. A channel given an answer in `answers` is answered at once (as the main process
// answers a quick call); any other call waits until the test answers or fails it, in the order it chooses.

export interface Asked<C extends IpcChannel = IpcChannel> {
  channel: C;
  args: ChannelArgs<C>;
  answer: (value: ChannelResult<C>) => void;
  fail: (code: ErrorCode, message?: string) => void;
}

type Answers = { [C in IpcChannel]?: (args: ChannelArgs<C>) => ChannelResult<C> };

export class FakeApi implements Api {
  readonly asked: Asked[] = [];

  constructor(private readonly answers: Answers = {}) {}

  call<C extends IpcChannel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
    return new Promise<ChannelResult<C>>((resolve, reject) => {
      const asked: Asked<C> = {
        channel,
        args,
        answer: resolve,
        fail: (code, message = code) => reject(new ApiError({ code, message })),
      };
      this.asked.push(asked as unknown as Asked);
      const answer = this.answers[channel] as ((args: ChannelArgs<C>) => ChannelResult<C>) | undefined;
      if (answer) resolve(answer(args));
    });
  }

  /** The calls made on one channel, oldest first. */
  calls<C extends IpcChannel>(channel: C): Asked<C>[] {
    return this.asked.filter((a) => a.channel === channel) as unknown as Asked<C>[];
  }
}

/** A plan as plans:list lists it: a 2022 federal plan unless `extra` says otherwise. */
export function planSummary(id: string, extra: Partial<PlanSummary> = {}): PlanSummary {
  return {
    id,
    displayName: id,
    carrier: 'Kaiser Permanente',
    planName: id,
    option: '',
    program: 'fehb',
    planYear: { start: '2022-01-01', end: '2022-12-31', label: '2022' },
    complete: true,
    missing: [],
    origin: 'seed',
    userModified: false,
    updatedAt: '2022-01-01T00:00:00.000Z',
    ...extra,
  };
}
