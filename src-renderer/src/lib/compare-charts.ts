import type { ChartConfiguration, Plugin } from 'chart.js';
import type { CompareResult } from '../../../src-shared/compare-result-schema';
import { getLocale, m, type Language } from '../../../src-shared/i18n';
import { formatNumber } from '../../../src-shared/money';
import { COLORS, pointLabels } from './chart';
import { dollars } from './format';
import { plansInOrder } from './result-view';

// Chart.js configurations built from an engine:compare result. Pure functions of the result: every
// number drawn is one the engine returned (the bar stacks the shown premium and care figures; the only
// arithmetic is dividing a histogram's counts by the number of simulated years), and the data tables
// next to each chart show the same numbers as text. Words in `lang` (the screen's, or the handout's).

type Plans = CompareResult['plans'];

const dollarsTooltip = (lang: Language) => ({
  callbacks: {
    label: (item: { dataset: { label?: string }; parsed: { y: number | null } }) => `${item.dataset.label ?? ''}: ${dollars(item.parsed.y, lang)}`,
  },
});

/** Vertical lines from each plan's 10th to 90th percentile yearly total, drawn over its bar. */
const rangeWhiskers: Plugin<'bar'> = {
  id: 'rangeWhiskers',
  afterDatasetsDraw(chart, _args, options) {
    const ranges = (options as { ranges?: ([number, number] | null)[] }).ranges ?? [];
    const meta = chart.getDatasetMeta(0);
    const y = chart.scales.y;
    if (!y) return;
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = COLORS.range;
    ctx.lineWidth = 2;
    ranges.forEach((range, i) => {
      const bar = meta.data[i];
      if (!range || !bar) return;
      const top = y.getPixelForValue(range[1]);
      const bottom = y.getPixelForValue(range[0]);
      const x = bar.x;
      ctx.beginPath();
      ctx.moveTo(x, bottom);
      ctx.lineTo(x, top);
      ctx.moveTo(x - 8, top);
      ctx.lineTo(x + 8, top);
      ctx.moveTo(x - 8, bottom);
      ctx.lineTo(x + 8, bottom);
      ctx.stroke();
    });
    ctx.restore();
  },
};

export function costBarConfig(plans: Plans, responsive = true, lang: Language = getLocale()): ChartConfiguration {
  const o = { locale: lang };
  // The bar's parts are the shown figures: premium + care (after any employer account) = the expected total.
  const premium = plans.map((p) => p.expected.premiumCents);
  const outOfPocket = plans.map((p) => p.expected.careCents);
  return {
    type: 'bar',
    data: {
      labels: plans.map((p) => p.name),
      datasets: [
        { type: 'bar', label: m.chart_premium({}, o), data: premium, backgroundColor: COLORS.premium, stack: 'cost', order: 2 },
        { type: 'bar', label: m.chart_expected_oop({}, o), data: outOfPocket, backgroundColor: COLORS.outOfPocket, stack: 'cost', order: 2 },
        {
          type: 'line',
          label: m.chart_worst({}, o),
          data: plans.map((p) => p.worstCase.totalCents),
          showLine: false,
          pointStyle: 'rectRot',
          pointRadius: 8,
          pointHoverRadius: 9,
          backgroundColor: COLORS.worst,
          borderColor: COLORS.worst,
          order: 1,
        },
      ],
    } as ChartConfiguration['data'],
    options: {
      responsive,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { callback: (v) => dollars(Number(v), lang) }, title: { display: true, text: m.chart_cost_axis({}, o) } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: dollarsTooltip(lang),
        rangeWhiskers: { ranges: plans.map((p) => (p.simulated.total ? [p.simulated.total.p10Cents, p.simulated.total.p90Cents] : null)) },
      } as Record<string, unknown>,
    },
    plugins: [rangeWhiskers as Plugin],
  };
}

/** The total at `x` on a plan's curve, read off the grid (straight lines between grid points). */
export function curveAt(result: CompareResult, planId: string, x: number): number | null {
  const grid = result.breakEven.grid;
  for (let i = 1; i < grid.length; i++) {
    const a = grid[i - 1];
    const b = grid[i];
    if (!a || !b || x < a.allowedCents || x > b.allowedCents) continue;
    const ya = a.totalsCents[planId];
    const yb = b.totalsCents[planId];
    if (ya == null || yb == null) return null;
    const t = b.allowedCents === a.allowedCents ? 0 : (x - a.allowedCents) / (b.allowedCents - a.allowedCents);
    return ya + t * (yb - ya);
  }
  return null;
}

export function crossoverLabel(result: CompareResult, point: CompareResult['breakEven']['points'][number], lang: Language = getLocale()): string {
  const name = (id: string): string => result.plans.find((p) => p.planId === id)?.name ?? id;
  return m.chart_crossover({ plan: name(point.cheaperAbovePlanId), amount: dollars(point.allowedCents, lang) }, { locale: lang });
}

export function breakEvenConfig(result: CompareResult, responsive = true, lang: Language = getLocale()): ChartConfiguration {
  const o = { locale: lang };
  const grid = result.breakEven.grid;
  const datasets: ChartConfiguration<'line'>['data']['datasets'] = plansInOrder(result)
    .filter((p) => grid.some((g) => g.totalsCents[p.planId] != null))
    .map((p, i) => ({
      type: 'line' as const,
      label: p.name,
      data: grid.flatMap((g) => {
        const y = g.totalsCents[p.planId];
        return y == null ? [] : [{ x: g.allowedCents, y }];
      }),
      borderColor: COLORS.plans[i % COLORS.plans.length],
      backgroundColor: COLORS.plans[i % COLORS.plans.length],
      borderWidth: 2.5,
      borderDash: i % 3 === 1 ? [8, 4] : i % 3 === 2 ? [2, 3] : [],
      pointRadius: 0,
      tension: 0,
    }));
  const points = result.breakEven.points.flatMap((pt) => {
    const y = curveAt(result, pt.cheaperBelowPlanId, pt.allowedCents);
    return y === null ? [] : [{ x: pt.allowedCents, y, label: crossoverLabel(result, pt, lang) }];
  });
  if (points.length) {
    datasets.push({
      type: 'line',
      label: m.chart_where_changes({}, o),
      data: points.map(({ x, y }) => ({ x, y })),
      showLine: false,
      pointStyle: 'circle',
      pointRadius: 6,
      backgroundColor: '#ffffff',
      borderColor: COLORS.range,
      borderWidth: 2,
      pointLabels: points.map((p) => p.label),
    } as (typeof datasets)[number]);
  }
  const top = Math.max(0, ...grid.flatMap((g) => Object.values(g.totalsCents).filter((v): v is number => v != null)));
  const typical = result.breakEven.typicalAllowedCents;
  if (typical > 0 && grid.length > 1) {
    datasets.push({
      type: 'line',
      label: m.chart_your_year({}, o),
      data: [
        { x: typical, y: 0 },
        { x: typical, y: top },
      ],
      borderColor: '#5a6675',
      backgroundColor: '#5a6675',
      borderWidth: 1.5,
      borderDash: [4, 4],
      pointRadius: 0,
    });
  }
  return {
    type: 'line',
    data: { datasets },
    options: {
      responsive,
      maintainAspectRatio: false,
      animation: false,
      parsing: false,
      scales: {
        x: { type: 'linear', beginAtZero: true, ticks: { callback: (v) => dollars(Number(v), lang) }, title: { display: true, text: m.chart_be_x({}, o) } },
        y: { beginAtZero: true, ticks: { callback: (v) => dollars(Number(v), lang) }, title: { display: true, text: m.chart_be_y({}, o) } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            title: (items) => m.chart_be_tooltip({ amount: dollars(items[0]?.parsed.x, lang) }, o),
            label: (item) => `${item.dataset.label ?? ''}: ${dollars(item.parsed.y, lang)}`,
          },
        },
      },
    },
    plugins: [pointLabels],
  } as ChartConfiguration;
}

/** The plans with a histogram (a known total), each with its color: the same color as in the break-even chart. */
export function histogramPlans(plans: Plans): { plan: Plans[number]; histogram: NonNullable<Plans[number]['simulated']['histogram']>; color: string }[] {
  return plans
    .flatMap((plan) => (plan.simulated.histogram ? [plan] : []))
    .map((plan, i) => ({
      plan,
      histogram: plan.simulated.histogram as NonNullable<Plans[number]['simulated']['histogram']>,
      color: COLORS.plans[i % COLORS.plans.length] as string,
    }));
}

/** "$6,000–$6,500" for each band of the shared edges (a band holds its lower edge, not its upper). */
export function bandLabels(edges: readonly number[], lang: Language = getLocale()): string[] {
  return edges.slice(1).map((hi, k) => `${dollars(edges[k], lang)}–${dollars(hi, lang)}`);
}

/** "12.3%" of simulated years; "less than 0.1%" rather than a misleading 0.0% when a few years fall there. */
export function yearShare(count: number, years: number, lang: Language = getLocale()): string {
  if (!(years > 0) || !Number.isFinite(count)) return m.not_known({}, { locale: lang });
  const pct = (100 * count) / years;
  if (count === 0) return '0%';
  if (pct < 0.05) return m.year_share_less({}, { locale: lang });
  return `${formatNumber(pct, lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

/**
 * The histogram of simulated years: one bar series per plan, x = cost band, y = share of the simulated
 * years in that band (%). Every plan's histogram uses the same edges (the engine shares them), so the
 * first one's edges label the axis. Null when no plan has a known total: the section shows words instead.
 */
export function histogramConfig(plans: Plans, simulations: number, responsive = true, lang: Language = getLocale()): ChartConfiguration | null {
  const o = { locale: lang };
  const series = histogramPlans(plans);
  const edges = series[0]?.histogram.binEdgesCents;
  if (!edges || !(simulations > 0)) return null;
  return {
    type: 'bar',
    data: {
      labels: bandLabels(edges, lang),
      datasets: series.map(({ plan, histogram, color }) => ({
        type: 'bar' as const,
        label: plan.name,
        data: histogram.counts.map((c) => (100 * c) / simulations),
        backgroundColor: color,
        borderColor: color,
        categoryPercentage: 0.9,
        barPercentage: 1,
      })),
    },
    options: {
      responsive,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { title: { display: true, text: m.chart_hist_x({}, o) }, ticks: { maxRotation: 60, autoSkip: true } },
        y: { beginAtZero: true, ticks: { callback: (v) => `${v}%` }, title: { display: true, text: m.chart_hist_y({}, o) } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items) => m.chart_hist_tooltip({ band: items[0]?.label ?? '' }, o),
            label: (item) => {
              const count = series[item.datasetIndex]?.histogram.counts[item.dataIndex] ?? 0;
              return m.chart_hist_label(
                {
                  plan: item.dataset.label ?? '',
                  share: yearShare(count, simulations, lang),
                  count: formatNumber(count, lang),
                  years: formatNumber(simulations, lang),
                },
                o,
              );
            },
          },
        },
      },
    },
  };
}
