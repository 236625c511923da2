import type { BackupEntry, BackupStatus, DamagedRow } from '../../../../src-shared/kiosk-schema';

// The words of the restore screen, as plain functions (tested in tests/unit/renderer/restore-text.test.ts).

export function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function kindLabel(kind: BackupEntry['kind']): string {
  return kind === 'daily' ? 'Daily backup' : 'Backup before an upgrade';
}

/** "6 plans and 2 saved sessions", or why it cannot be counted. */
export function holds(b: Pick<BackupEntry, 'plans' | 'sessions'>): string {
  if (b.plans === null) return 'what it holds cannot be read';
  return `${plural(b.plans, 'plan', 'plans')} and ${plural(b.sessions ?? 0, 'saved session', 'saved sessions')}`;
}

export function rowLabel(row: DamagedRow): string {
  return row.table === 'plans' ? `Plan “${row.label}”` : `Saved session “${row.label}”`;
}

/** Whether a restore has anything to do: a damaged file, damaged rows, or plans that cannot be read. */
export function needsRestore(status: BackupStatus | null): boolean {
  return status !== null && (status.damaged || status.damagedRows.length > 0 || status.plans !== 'readable');
}

/** The one-sentence notice the app shell shows while something is damaged. */
export function noticeText(status: BackupStatus): string {
  if (status.damaged) {
    const plans =
      status.plans === 'shipped-only'
        ? ' Only the plans that come with the app are shown, and saved sessions cannot be read.'
        : status.plans === 'unreadable'
          ? ' The stored plans cannot be read.'
          : '';
    return `The app’s data file is damaged, so nothing is saved.${plans}`;
  }
  const plans = status.damagedRows.filter((r) => r.table === 'plans').length;
  const sessions = status.damagedRows.length - plans;
  const parts = [plans ? plural(plans, 'stored plan', 'stored plans') : '', sessions ? plural(sessions, 'saved session', 'saved sessions') : ''].filter(Boolean);
  return `${parts.join(' and ')} ${status.damagedRows.length === 1 ? 'is' : 'are'} damaged and left out; everything else works.`;
}

/** Why a backup cannot be chosen, or null when it can. */
export function unavailable(b: BackupEntry, status: BackupStatus): string | null {
  if (!b.sound) return `it is itself damaged${b.problem ? ` (${b.problem})` : ''}`;
  if (!status.damaged && status.damagedRows.length > 0 && b.repairs === 0) return 'it holds no usable copy of the damaged rows';
  return null;
}

/** The backup chosen at first: the newest that can be used (for damaged rows, the one holding the most). */
export function defaultChoice(status: BackupStatus): string | null {
  const usable = status.backups.filter((b) => unavailable(b, status) === null);
  if (status.damaged) return usable[0]?.id ?? null;
  const best = [...usable].sort((a, b) => b.repairs - a.repairs)[0];
  return best?.id ?? null;
}
