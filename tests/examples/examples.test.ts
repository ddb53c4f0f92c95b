// The README's example runs as a test: the built package, imported by its published name, prints a plan.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('examples', () => {
  it('plan-example prints a ready plan for the built-in patient', () => {
    const out = execFileSync(process.execPath, ['examples/plan-example.mjs'], { cwd: root, encoding: 'utf8' });
    // 82 kg x 0.35 mg/kg/h = 28.7 mg/h, above the 25 mg/h Schwartzman cap, so 25 mg/h x 4 h = 100 mg
    // in a 100 mL bag run at 100 mL / 4 h = 25 mL/h.
    expect(out).toContain('cap 25 mg/h: binds (uncapped 28.7 mg/h)');
    expect(out).toContain('ordered 25 mg/h, 100 mg for the session');
    expect(out).toContain('rate 25 mL/h');
    expect(out).toContain('Status: ready');
  });
});

describe('README', () => {
  it('names every built-in protocol', async () => {
    const { readFileSync } = await import('node:fs');
    const { listProtocols } = await import('../../src/index.js');
    const readme = readFileSync(`${root}README.md`, 'utf8');
    for (const p of listProtocols()) expect(readme, p.id).toContain(`\`${p.id}\``);
  });
});
