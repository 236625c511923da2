import type { ChartConfiguration } from 'chart.js';
import type { ArrangementComparison, ArrangementSection, CompareResult } from '../../../src-shared/compare-result-schema';
import type { ComparePriority } from '../../../src-shared/household-schema';
import { getLocale, m, type Language } from '../../../src-shared/i18n';
import { COLORS } from './chart';
import { dollars } from './format';

// The arrangements of a comparison (who enrolls where, issue 14) as the screens show them: in the order of
// the chosen priority's ranking (computed by the main process), and a bar per priced arrangement whose
// parts are the shown figures (premiums + out of pocket = the expected cost). No money is added here.

export interface RankedArrangementView {
  rank: number;
  arrangementId: string;
  scoreCents: number | null;
  reasons: string[];
  arrangement: ArrangementComparison;
}

export function arrangementsRanked(section: ArrangementSection, priority: ComparePriority): RankedArrangementView[] {
  const byId = new Map(section.arrangements.map((a) => [a.id, a]));
  return section.rankings[priority].ranking.flatMap((r) => {
    const arrangement = byId.get(r.arrangementId);
    return arrangement ? [{ rank: r.rank, arrangementId: r.arrangementId, scoreCents: r.scoreCents, reasons: r.reasons, arrangement }] : [];
  });
}

/** "3. FEHB Prosper + District DHMO 3000": the chart's short label (the table beside it says who is on which). */
export function shortArrangementLabel(view: RankedArrangementView): string {
  return `${view.rank}. ${view.arrangement.enrollments.map((e) => e.name).join(' + ')}`;
}

export function arrangementBarConfig(views: readonly RankedArrangementView[], lang: Language = getLocale()): ChartConfiguration {
  const o = { locale: lang };
  const priced = views.filter((v) => v.arrangement.expected !== null);
  return {
    type: 'bar',
    data: {
      labels: priced.map(shortArrangementLabel),
      datasets: [
        {
          label: m.chart_premium({}, o),
          data: priced.map((v) => v.arrangement.expected?.premiumCents ?? null),
          backgroundColor: COLORS.premium,
          stack: 'cost',
        },
        {
          label: m.chart_expected_oop({}, o),
          data: priced.map((v) => v.arrangement.expected?.careCents ?? null),
          backgroundColor: COLORS.outOfPocket,
          stack: 'cost',
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true, beginAtZero: true, ticks: { callback: (v) => dollars(Number(v), lang) }, title: { display: true, text: m.chart_cost_axis({}, o) } },
        y: { stacked: true },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${dollars(item.parsed.x, lang)}` } },
      },
    },
  };
}

export function hasArrangements(result: CompareResult | null): result is CompareResult & { arrangements: ArrangementSection } {
  return result?.arrangements !== undefined && result.arrangements.arrangements.length > 0;
}
