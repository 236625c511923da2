import { randomUUID } from 'node:crypto';
import { AppError } from '../../src-shared/result';
import type { AppContext } from '../app-context';
import { deleteSession, deleteSessionsUpdatedBefore, getSession, listSessions, saveSession } from '../store/sessions.repo';
import type { Handlers } from './handle';

const DAY_MS = 24 * 60 * 60 * 1000;

function refuseInKiosk(ctx: AppContext): void {
  if (ctx.kiosk) {
    throw new AppError('FORBIDDEN', 'Sessions are not saved on a shared kiosk: nothing of a client is written to disk.');
  }
}

export const sessionHandlers: Pick<
  Handlers,
  'sessions:list' | 'sessions:get' | 'sessions:save' | 'sessions:delete' | 'sessions:delete-older-than'
> = {
  'sessions:list': (_args, ctx) => (ctx.kiosk ? [] : listSessions(ctx.db)),

  'sessions:get': ({ id }, ctx) => {
    refuseInKiosk(ctx);
    const session = getSession(ctx.db, id);
    if (!session) throw new AppError('NOT_FOUND', 'That session no longer exists.');
    return session;
  },

  'sessions:save': ({ id, state }, ctx) => {
    refuseInKiosk(ctx);
    return saveSession(ctx.db, id ?? randomUUID(), state, ctx.now().toISOString());
  },

  'sessions:delete': ({ id }, ctx) => {
    refuseInKiosk(ctx);
    return { deleted: deleteSession(ctx.db, id) };
  },

  'sessions:delete-older-than': ({ days }, ctx) => {
    refuseInKiosk(ctx);
    const cutoff = new Date(ctx.now().getTime() - days * DAY_MS).toISOString();
    return { deleted: deleteSessionsUpdatedBefore(ctx.db, cutoff) };
  },
};
