import { describe, expect, it } from 'vitest';
import { PlanCatalog } from '../../../src-renderer/src/state/catalog.svelte';
import { FakeApi, planSummary as summary } from './fake-api';

// The plan catalog every screen reads (src-renderer/src/state/catalog.svelte.ts): it shows the newest
// list, keeps the usable plans apart from the damaged rows, never lets a late answer to an older request
// replace a newer list, and says when the list could not be read.

/** Lets every answer already given reach the catalog. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the plan catalog', () => {
  it('asks for the damaged rows too, and keeps them apart from the usable plans', async () => {
    const api = new FakeApi();
    const catalog = new PlanCatalog(api);
    void catalog.refresh();
    expect(catalog.loading).toBe(true);
    expect(catalog.loaded).toBe(false);
    expect(api.calls('plans:list')[0]?.args).toEqual({ includeDamaged: true });
    api.calls('plans:list')[0]?.answer([summary('a'), summary('b', { damaged: 'json does not parse' })]);
    await settle();
    expect(catalog.plans.map((p) => p.id)).toEqual(['a']);
    expect(catalog.damaged.map((p) => p.id)).toEqual(['b']);
    expect([catalog.loading, catalog.loaded, catalog.error]).toEqual([false, true, null]);
  });

  it('shows the new list after a refresh (an import added a plan), keeping the old one until it arrives', async () => {
    const api = new FakeApi();
    const catalog = new PlanCatalog(api);
    void catalog.refresh();
    api.calls('plans:list')[0]?.answer([summary('a')]);
    await settle();
    const refreshed = catalog.refresh();
    expect(catalog.plans.map((p) => p.id)).toEqual(['a']);
    expect(catalog.loading).toBe(true);
    api.calls('plans:list')[1]?.answer([summary('a'), summary('imported')]);
    await refreshed;
    expect(catalog.plans.map((p) => p.id)).toEqual(['a', 'imported']);
    expect(catalog.loading).toBe(false);
  });

  it('drops an older answer that arrives after a newer one, and a refresh resolves only once the newest has answered', async () => {
    const api = new FakeApi();
    const catalog = new PlanCatalog(api);
    let firstDone = false;
    void catalog.refresh().then(() => (firstDone = true));
    void catalog.refresh();
    const [older, newer] = api.calls('plans:list');
    older?.answer([summary('before the save')]);
    await settle();
    expect(firstDone).toBe(false);
    expect(catalog.loaded).toBe(false);
    newer?.answer([summary('after the save')]);
    await settle();
    expect(firstDone).toBe(true);
    expect(catalog.plans.map((p) => p.id)).toEqual(['after the save']);
    // An older failure arriving last is dropped as well.
    void catalog.refresh();
    void catalog.refresh();
    const [, , olderAgain, newest] = api.calls('plans:list');
    newest?.answer([summary('newest')]);
    olderAgain?.fail('INTERNAL', 'the store was busy');
    await settle();
    expect(catalog.plans.map((p) => p.id)).toEqual(['newest']);
    expect(catalog.error).toBeNull();
  });

  it('says why the list could not be read, keeps the last list, and clears the error on the next good answer', async () => {
    const api = new FakeApi();
    const catalog = new PlanCatalog(api);
    void catalog.refresh();
    api.calls('plans:list')[0]?.answer([summary('a')]);
    await settle();
    void catalog.refresh();
    api.calls('plans:list')[1]?.fail('READ_ONLY', 'the database file is damaged');
    await settle();
    expect(catalog.error).toBe('the database file is damaged');
    expect(catalog.loading).toBe(false);
    expect(catalog.plans.map((p) => p.id)).toEqual(['a']);
    void catalog.refresh();
    api.calls('plans:list')[2]?.answer([summary('a'), summary('restored')]);
    await settle();
    expect(catalog.error).toBeNull();
    expect(catalog.plans).toHaveLength(2);
  });

  it('asks once for every screen that waits for the list, and not again once it has it', async () => {
    const api = new FakeApi({ 'plans:list': () => [summary('a')] });
    const catalog = new PlanCatalog(api);
    await Promise.all([catalog.whenLoaded(), catalog.whenLoaded()]);
    await catalog.whenLoaded();
    expect(api.calls('plans:list')).toHaveLength(1);
    expect(catalog.plans.map((p) => p.id)).toEqual(['a']);
  });
});
