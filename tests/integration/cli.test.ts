import { afterEach, describe, expect, it } from 'vitest';
import { HELP, runCommand, UsageError, type CliIo } from '../../src-main/cli/commands';
import { tempApp } from '../support/temp-app';

let app: ReturnType<typeof tempApp>;
afterEach(() => app?.dispose());

function io(files: Record<string, string> = {}): CliIo & { written: Record<string, string> } {
  const written: Record<string, string> = {};
  return {
    written,
    app: () => app,
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT ${path}`), { code: 'ENOENT', path });
      return text;
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
  };
}

describe('the command line', () => {
  it('prints help', async () => {
    expect(await runCommand(['help'], io())).toBe(HELP);
  });

  it('lists plans as a table and as JSON', async () => {
    app = tempApp();
    const table = await runCommand(['plans', 'list'], io());
    expect(table).toMatch(/fehb-kpco-2022-high\s+2022\s+complete/);
    expect(table).toMatch(/district-kpco-2021-hmo20plus\s+\S+\s+incomplete: \d+ items missing/);
    const json = JSON.parse(await runCommand(['plans', 'list', '--json'], io())) as { id: string }[];
    expect(json.map((p) => p.id)).toContain('fehb-kpco-2022-prosper');
  });

  it('shows one plan with the printed text and source of each rule', async () => {
    app = tempApp();
    const text = await runCommand(['plans', 'show', 'fehb-kpco-2022-standard'], io());
    expect(text).toMatch(/pcp_visit\s+.*nothing for children through age 17.*§5\(a\)/);
  });

  it('exports to a file and imports it back', async () => {
    app = tempApp();
    const files = io();
    expect(await runCommand(['plans', 'export', 'fehb-kpco-2022-high', '--out', 'high.json'], files)).toBe('wrote high.json');
    const exported = files.written['high.json']!;
    expect(JSON.parse(exported).plans[0].id).toBe('fehb-kpco-2022-high');
    expect(await runCommand(['plans', 'import', 'high.json'], io({ 'high.json': exported }))).toMatch(/imported fehb-kpco-2022-high/);
  });

  it('refuses unknown commands as a usage error', async () => {
    await expect(runCommand(['frobnicate'], io())).rejects.toBeInstanceOf(UsageError);
    await expect(runCommand(['plans', 'show'], io())).rejects.toThrow(/needs a plan id/);
  });
});
