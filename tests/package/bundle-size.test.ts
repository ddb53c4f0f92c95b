// The bundle check that `npm test` runs (scripts/bundle-size.mjs --check): it measures the built ESM
// entry as a browser app bundles it, and fails above its ceiling. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function size(args: string[], ceiling?: string): { status: number | null; out: string } {
  const env = { ...process.env };
  delete env['SIZE_CEILING_BYTES'];
  if (ceiling !== undefined) env['SIZE_CEILING_BYTES'] = ceiling;
  const r = spawnSync(process.execPath, ['scripts/bundle-size.mjs', ...args], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: r.stdout };
}

/** The gzipped figure the script prints. */
function gzipped(out: string): number {
  const m = /dependencies included: (\d+) bytes/.exec(out);
  if (!m?.[1]) throw new Error(`no figure in:\n${out}`);
  return Number(m[1]);
}

describe('bundle-size --check', () => {
  it('passes under the committed ceiling and reports the 30 kB goal', () => {
    const r = size(['--check']);
    expect(r.status, r.out).toBe(0);
    // Sanity: a real bundle (decimal.js alone is over 10 kB gzipped) and the goal line is printed.
    expect(gzipped(r.out)).toBeGreaterThan(10_000);
    expect(r.out).toMatch(/Goal 30 kB \(30000 bytes\) gzipped: (met|not met, over by \d+ bytes)/);
  });

  it('fails when the bundle is one byte over the ceiling, and passes at exactly the ceiling', () => {
    const n = gzipped(size([]).out);
    const over = size(['--check'], String(n - 1));
    expect(over.status, over.out).toBe(1);
    expect(over.out).toContain('OVER it by 1 bytes');
    const at = size(['--check'], String(n));
    expect(at.status, at.out).toBe(0);
  });

  it('only reports without --check, and refuses a ceiling that is not a whole number', () => {
    expect(size([], '1000').status).toBe(0);
    const bad = size(['--check'], '30kB');
    expect(bad.status).toBe(2);
    expect(bad.out).toContain('SIZE_CEILING_BYTES must be a positive whole number');
  });

  it('reports every entry of package.json, the main entry against its 45 kB goal and each subpath entry under a ceiling of its own', () => {
    const r = size(['--check']);
    expect(r.status, r.out).toBe(0);
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, unknown> };
    const subpaths = Object.entries(pkg.exports)
      .filter(([k, v]) => k !== '.' && typeof v === 'object' && v !== null && 'browser' in v)
      .map(([k]) => k.slice(2));
    expect(subpaths.length).toBeGreaterThanOrEqual(7);
    expect(r.out).toMatch(/infusion-dose \(main entry\): \d+ bytes .*goal 45\.0 kB: (met|not met, over by \d+ bytes)/);
    for (const name of subpaths) {
      const line = r.out.split('\n').find((l) => l.includes(`infusion-dose/${name}: `));
      expect(line, `no line for infusion-dose/${name} in:\n${r.out}`).toBeDefined();
      const m = /: (\d+) bytes .*ceiling (\d+) bytes: under it by (\d+) bytes/.exec(line ?? '');
      expect(m, line).not.toBeNull();
      // A real bundle, and the difference printed is the ceiling minus the figure.
      expect(Number(m?.[1])).toBeGreaterThan(5_000);
      expect(Number(m?.[2]) - Number(m?.[1])).toBe(Number(m?.[3]));
    }
  });
});
