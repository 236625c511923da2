export function electronVersion(): string;
/** The path of a better-sqlite3 binding built for this Electron, building it once if needed. */
export function ensureElectronSqliteBinding(): string;
