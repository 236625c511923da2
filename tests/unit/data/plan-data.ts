import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PlanFile } from '../../../src-shared/plan-schema';
import type { Plan } from '../../../src-shared/plan-schema';

// Test helpers: read the shipped plan catalog (data/plans) and the source excerpts it cites
// (data/sources), and find a cited "You pay" text in its benefit row of an excerpt.

export const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

export function planFileNames(): string[] {
  return readdirSync(`${DATA_DIR}plans`)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

export function readPlanFileJson(name: string): unknown {
  return JSON.parse(readFileSync(`${DATA_DIR}plans/${name}`, 'utf8'));
}

export function loadPlans(name: string): Plan[] {
  return PlanFile.parse(readPlanFileJson(name)).plans;
}

export function planById(name: string, id: string): Plan {
  const plan = loadPlans(name).find((p) => p.id === id);
  if (!plan) throw new Error(`no plan ${id} in data/plans/${name}`);
  return plan;
}

/** The excerpt text of a plan's source document, by the document id a rule cites. */
export function excerptFor(plan: Plan, documentId: string): string {
  const source = plan.sources.find((s) => s.id === documentId);
  if (!source) throw new Error(`${plan.id}: no source "${documentId}"`);
  if (!source.excerpt) throw new Error(`${plan.id}: source "${documentId}" has no excerpt`);
  return readFileSync(`${DATA_DIR}${source.excerpt}`, 'utf8');
}

/** Whitespace-normalised text: the brochure copy wraps and double-spaces freely. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The brochure section ("5(a)") that the text at `index` belongs to: the last section heading before it. */
export function sectionAt(text: string, index: number): string | null {
  let found: string | null = null;
  // Headings read "Section 5(f). Prescription Drug Benefits (High Option, Standard Option, and Prosper)";
  // cross-references in running text ("described in Section 5(h).") are not headings.
  const heading = /Section (5\([a-h]\))\. [^.]*?\(High Option, Standard Option, and Prosper\)/g;
  for (const m of text.slice(0, index).matchAll(heading)) found = m[1] ?? null;
  return found;
}

/**
 * True when the excerpt prints `youPay` inside the benefit row `row` of `section`. A row is written
 * "Benefit description — sub-row" (both parts as printed); the sub-row must follow the benefit
 * description, and the "You pay" text must follow the sub-row, before the next benefit description.
 */
export function printsInRow(excerpt: string, section: string, row: string, youPay: string): boolean {
  const text = normalise(excerpt);
  const [head = '', ...rest] = row.split(' — ').map(normalise);
  const sub = rest.join(' — ');
  const pay = normalise(youPay);
  const headers = [`Benefit Description : ${head}`, head];
  for (const header of headers) {
    let from = text.indexOf(header);
    while (from !== -1) {
      const bodyStart = from + header.length;
      const next = text.indexOf('Benefit Description :', bodyStart);
      const block = text.slice(bodyStart, next === -1 ? undefined : next);
      const subAt = sub ? block.indexOf(sub) : 0;
      const payAt = subAt === -1 ? -1 : block.indexOf(pay, subAt + sub.length);
      // The section is the one the printed text sits in (a heading can contain the row's own name).
      if (payAt !== -1 && sectionAt(text, bodyStart + payAt) === section) return true;
      from = text.indexOf(header, from + 1);
    }
  }
  return false;
}
