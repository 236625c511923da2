import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// Keyboard-only driving: Tab until the focused element is the one a person would be looking for.

/** The focused element's accessible-ish name: aria-label, its label's text, or its own text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const id = el.id;
    const label = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : el.closest('label');
    return ((label?.textContent ?? '') + ' ' + (el.textContent ?? '')).replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
export async function tabTo(page: Page, name: RegExp, { max = 80, back = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tabbing ${max} times never reached ${name}`);
}

/** The focused element shows a visible focus ring (WCAG 2.4.7). */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  expect(ring.outline !== 'none' && ring.width >= 2, `focus ring: ${JSON.stringify(ring)}`).toBe(true);
}
