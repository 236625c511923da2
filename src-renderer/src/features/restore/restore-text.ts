import { getLocale, intlLocale, m } from '../../../../src-shared/i18n';
import type { BackupEntry, BackupStatus, DamagedRow } from '../../../../src-shared/kiosk-schema';

// The words of the restore screen, as plain functions (tested in tests/unit/renderer/restore-text.test.ts),
// from the message catalog (messages/restore) in the language on screen.

export function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(intlLocale(getLocale()), { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
}

export function kindLabel(kind: BackupEntry['kind']): string {
  return kind === 'daily' ? m.rst_kind_daily() : m.rst_kind_upgrade();
}

/** "6 plans and 2 saved sessions", or why it cannot be counted. */
export function holds(b: Pick<BackupEntry, 'plans' | 'sessions'>): string {
  if (b.plans === null) return m.rst_holds_unknown();
  return m.rst_and({ a: m.rst_n_plans({ count: b.plans }), b: m.rst_n_sessions({ count: b.sessions ?? 0 }) });
}

export function rowLabel(row: DamagedRow): string {
  return row.table === 'plans' ? m.rst_row_plan({ label: row.label }) : m.rst_row_session({ label: row.label });
}

/** Whether a restore has anything to do: a damaged file, damaged rows, or plans that cannot be read. */
export function needsRestore(status: BackupStatus | null): boolean {
  return status !== null && (status.damaged || status.damagedRows.length > 0 || status.plans !== 'readable');
}

/** The one-sentence notice the app shell shows while something is damaged. */
export function noticeText(status: BackupStatus): string {
  if (status.damaged) {
    const plans = status.plans === 'shipped-only' ? m.rst_notice_shipped_only() : status.plans === 'unreadable' ? m.rst_notice_unreadable() : '';
    return `${m.rst_notice_damaged()}${plans}`;
  }
  const plans = status.damagedRows.filter((r) => r.table === 'plans').length;
  const sessions = status.damagedRows.length - plans;
  const parts = [plans ? m.rst_n_stored_plans({ count: plans }) : '', sessions ? m.rst_n_sessions({ count: sessions }) : ''].filter(Boolean);
  const [a, b] = parts;
  return m.rst_notice_rows({ count: status.damagedRows.length, parts: b === undefined ? (a ?? '') : m.rst_and({ a: a ?? '', b }) });
}

/** Why a backup cannot be chosen, or null when it can. */
export function unavailable(b: BackupEntry, status: BackupStatus): string | null {
  if (!b.sound) return `${m.rst_itself_damaged()}${b.problem ? ` (${b.problem})` : ''}`;
  if (!status.damaged && status.damagedRows.length > 0 && b.repairs === 0) return m.rst_no_usable_copy();
  return null;
}

/** The backup chosen at first: the newest that can be used (for damaged rows, the one holding the most). */
export function defaultChoice(status: BackupStatus): string | null {
  const usable = status.backups.filter((b) => unavailable(b, status) === null);
  if (status.damaged) return usable[0]?.id ?? null;
  const best = [...usable].sort((a, b) => b.repairs - a.repairs)[0];
  return best?.id ?? null;
}
