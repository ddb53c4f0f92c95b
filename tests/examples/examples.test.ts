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

describe('examples for each user', () => {
  const run = (file: string, args: string[] = []) => execFileSync(process.execPath, [file, ...args], { cwd: root, encoding: 'utf8' });
  it('EHR: a plan becomes a FHIR MedicationRequest', () => {
    const out = JSON.parse(run('examples/ehr-fhir.mjs')) as { resourceType: string; subject: { reference: string } };
    expect([out.resourceType, out.subject.reference]).toEqual(['MedicationRequest', 'Patient/example-123']);
  });
  it('pump: the segments, then the check catches the wrong-field slip', () => {
    const out = run('examples/pump-check.mjs');
    // 5 mg/kg in 150 mL: 300 mL/h for 10 min (50 mL), then 200 mL/h for the remaining 100 mL (30 min).
    expect(out).toContain('step 1: 300 mL/h for 10 min (50 mL)');
    expect(out).toContain('step 2: 200 mL/h for 30 min (100 mL)');
    expect(out).toContain('Check (as planned): match');
    expect(out).toMatch(/Check \(dose typed into the rate field\): stop \[wrong_field/);
  });
  it('pharmacist: a CSV of patients becomes worksheets', () => {
    const out = run('examples/pharmacist-batch.mjs', ['examples/data/patients.csv']);
    expect(out.match(/==== Worksheet /g)).toHaveLength(3);
    expect(out.match(/Checked by \(second checker\)/g)).toHaveLength(3);
    // A002: 70 mg/kg x 88 kg = 6160 mg = 12.32 mL of 500 mg/mL -> 12.3 mL (6150 mg).
    expect(out).toContain('12.3 mL');
  });
});
