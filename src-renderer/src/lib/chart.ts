import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type Plugin,
} from 'chart.js';
import { getLocale } from '../../../src-shared/i18n';
import { formatCents } from '../../../src-shared/money';

// Chart.js, tree-shaken: only the pieces these screens draw. It sets canvas sizes through the DOM
// (element.style), which the strict CSP allows; it injects no <style> elements.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip, Legend);

Chart.defaults.animation = false;
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1b2430';

export { Chart };

/** Calm, distinguishable colors (checked for contrast on white). */
export const COLORS = {
  premium: '#1f5fa8',
  outOfPocket: '#8fb8e6',
  range: '#1b2430',
  worst: '#a3262a',
  plans: ['#1f5fa8', '#b35c00', '#1e6b3a', '#7b3fa0', '#a3262a', '#4a5a6a'],
};

export const axisDollars = (value: number | string): string => formatCents(Number(value), true, getLocale());

/** Draws text labels that a dataset's `labels` option names next to its points (crossover labels). */
export const pointLabels: Plugin = {
  id: 'pointLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, i) => {
      const labels = (dataset as { pointLabels?: string[] }).pointLabels;
      if (!labels || !chart.isDatasetVisible(i)) return;
      const meta = chart.getDatasetMeta(i);
      ctx.save();
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.fillStyle = '#1b2430';
      meta.data.forEach((point, j) => {
        const text = labels[j];
        if (!text) return;
        const lines = text.split('\n');
        const width = Math.max(...lines.map((l) => ctx.measureText(l).width));
        const right = point.x + 10 + width < chart.chartArea.right;
        const x = right ? point.x + 10 : point.x - 10 - width;
        const top = point.y - 8 - lines.length * 14;
        // A white box under the words keeps them readable where they cross a line.
        ctx.fillStyle = 'rgba(255,255,255,0.9)';
        ctx.fillRect(x - 3, top - 1, width + 6, lines.length * 14 + 5);
        ctx.fillStyle = '#1b2430';
        ctx.textAlign = 'left';
        lines.forEach((line, k) => ctx.fillText(line, x, point.y - 8 - (lines.length - 1 - k) * 14));
      });
      ctx.restore();
    });
  },
};
