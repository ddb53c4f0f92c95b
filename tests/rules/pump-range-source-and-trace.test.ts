// Issue 16 item 1 (src/pipeline/pump-step.ts and src/pipeline/run.ts): where the pump range's checks
// say their range comes from, and the first step of a plan's working. Worked by hand from
// src/pipeline/pump-step.ts (pumpRangeOf), src/checks/pump-range.ts, src/present/trace-patient.ts
// (catalogueStep) and the built-in catalogue's id and version (src/formulary/builtin.ts).
import { describe, expect, it } from 'vitest';
import { planInfusion } from '../support/untyped.js';

const patient = { weight: { value: 70, unit: 'kg' } };
const SCHWARTZMAN = 'ketamine-crps-schwartzman-2009';

describe("a pump range given in the input is the input's, and says so", () => {
  const INPUT_SOURCE = { citation: 'Pump range given in the input', grade: 'derived', verified: true };

  it('a minimum rate of 1 mL/h given: both range checks cite the input, verified', () => {
    const r = planInfusion({ patient, protocol: SCHWARTZMAN, session: 1, pump: { minRate: { value: 1, unit: 'mL/h' } } });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    const range = r.plan.checks.filter((c) => c.rule === 'pump.min-rate' || c.rule === 'pump.max-rate');
    // The minimum is the input's 1 mL/h; the maximum falls back to the default, but the range as a whole was given.
    expect(range.map((c) => [c.rule, c.limit, c.source])).toEqual([
      ['pump.min-rate', { value: '1', unit: 'mL/h' }, INPUT_SOURCE],
      ['pump.max-rate', { value: '999', unit: 'mL/h' }, INPUT_SOURCE],
    ]);
  });

  it('no range given: the checks cite the default range, not the input', () => {
    const r = planInfusion({ patient, protocol: SCHWARTZMAN, session: 1 });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    if (!r.ok) return;
    const min = r.plan.checks.find((c) => c.rule === 'pump.min-rate');
    expect(min?.source?.citation).not.toBe(INPUT_SOURCE.citation);
  });
});

describe("a plan's working starts with the catalogue and protocol used", () => {
  it('the first trace step names infusion-dose/builtin 2026.11.0 and Schwartzman 1.0.0', () => {
    const r = planInfusion({ patient, protocol: SCHWARTZMAN, session: 1 });
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
    // Template (catalogueStep): "<catalogue id> <catalogue version>; <protocol id> <protocol version>", no care area given.
    expect(r.ok && r.plan.trace[0]).toEqual({
      step: 'catalogue',
      description: 'Catalogue and protocol used',
      result: 'infusion-dose/builtin 2026.11.0; ketamine-crps-schwartzman-2009 1.0.0',
    });
  });
});
