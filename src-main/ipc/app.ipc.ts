import type { Handlers } from './handle';

export const appHandlers: Pick<Handlers, 'app:info'> = {
  'app:info': (_args, ctx) => ({
    version: ctx.version,
    transport: ctx.transport,
    dataDir: ctx.dataDir,
    kiosk: ctx.kiosk,
    readOnly: ctx.readOnlyReason !== null,
    readOnlyReason: ctx.readOnlyReason,
  }),
};
