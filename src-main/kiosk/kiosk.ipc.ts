import type { Handlers } from '../ipc/handle';
import { IDLE_WARNING_SECONDS } from './kiosk-config';

// The renderer's kiosk guard reads its timeout here and ends a client's session through 'app:end-session'.
// Nothing of the client lives in the main process (kiosk mode writes nothing), so ending is about the
// places outside the page: the clipboard and, in Electron, the window and its in-memory partition.

export const kioskHandlers: Pick<Handlers, 'app:kiosk-settings' | 'app:end-session'> = {
  'app:kiosk-settings': (_args, ctx) => ({
    kiosk: ctx.kiosk,
    idleMinutes: ctx.kioskIdleMinutes,
    warningSeconds: IDLE_WARNING_SECONDS,
    defaultLanguage: ctx.kioskLanguage,
  }),

  'app:end-session': async (_args, ctx, call) => {
    // Nothing of the client may still be computing: on a kiosk every job stops, elsewhere this window's.
    if (ctx.kiosk) ctx.compute.cancelAll();
    else if (call.lanePrefix) ctx.compute.cancelLane(call.lanePrefix);
    return ctx.endSessionHook ? await ctx.endSessionHook() : { clipboardCleared: false, windowReplaced: false };
  },
};
