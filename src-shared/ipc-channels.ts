// The channel names alone, so the preload can expose one function per channel without bundling zod.
// src-shared/ipc-contract.ts gives each name its argument and result schemas; a test checks the two agree.
export const IPC_CHANNELS = [
  'app:info',
  'plans:list',
  'plans:get',
  'plans:import',
  'plans:export',
  'engine:price',
  'engine:compare',
  'engine:explain',
  'engine:explain-arrangement',
  'export:pdf',
  'sessions:list',
  'sessions:get',
  'sessions:save',
  'sessions:delete',
  'sessions:delete-older-than',
  'app:kiosk-settings',
  'app:end-session',
  'app:backup-status',
  'app:restore-backup',
  'plans:save',
  'plans:revisions',
  'plans:diff',
  'plans:new',
] as const;
export type IpcChannel = (typeof IPC_CHANNELS)[number];
