import Database from 'better-sqlite3';

export const SQLITE_BINDING_ENV = 'BENEFITS_COUNSELOR_SQLITE_BINDING';

/**
 * Every SQLite handle of the app is opened here. Inside an unpackaged Electron, `npm start` builds a copy of
 * better-sqlite3 for Electron's ABI and names it in BENEFITS_COUNSELOR_SQLITE_BINDING; everywhere else
 * (Node: tests, web host, CLI; a packaged app, rebuilt by electron-builder) the module's own build is used.
 */
export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  const binding = process.versions.electron ? process.env[SQLITE_BINDING_ENV] : undefined;
  return new Database(file, binding ? { ...options, nativeBinding: binding } : options);
}
