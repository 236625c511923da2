import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_DIR_ENV = 'BENEFITS_COUNSELOR_DATA_DIR';
const FOLDER = 'benefits-counselor';

/**
 * Where the web host and the command line keep the database when not run inside Electron (which uses its
 * own userData folder). Overridable with BENEFITS_COUNSELOR_DATA_DIR. Per user, never shared.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env[DATA_DIR_ENV];
  if (override && override.trim() !== '') return override;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', FOLDER);
  return join(env.XDG_DATA_HOME && env.XDG_DATA_HOME.trim() !== '' ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share'), FOLDER);
}
