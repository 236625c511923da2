import { appHandlers } from './app.ipc';
import { compareHandlers } from './compare.ipc';
import { editorHandlers } from './editor.ipc';
import { engineHandlers } from './engine.ipc';
import { exportHandlers } from './export.ipc';
import type { Handlers } from './handle';
import { planHandlers } from './plans.ipc';
import { sessionHandlers } from './sessions.ipc';
import { kioskHandlers } from '../kiosk/kiosk.ipc';
import { backupHandlers } from './backup.ipc';

// Every channel of the contract, exactly once: `satisfies Handlers` fails to compile if one is missing.
export const handlers = {
  ...appHandlers,
  ...planHandlers,
  ...engineHandlers,
  ...compareHandlers,
  ...exportHandlers,
  ...sessionHandlers,
  ...kioskHandlers,
  ...backupHandlers,
  ...editorHandlers,
} satisfies Handlers;
