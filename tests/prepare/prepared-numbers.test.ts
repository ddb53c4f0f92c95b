/**
 * Issue 16 item 1 (Stryker's survivors of src/prepare/exact.ts): every number a protocol's plans read
 * is read once, when the protocol is prepared, and kept with the frozen catalogue. Stryker switches a
 * mutant on after the built-in catalogue's protocols were prepared and kept, so a plan on the
 * built-in catalogue reads the numbers prepared without the mutant. Each case here plans on a fresh
 * copy of the built-in catalogue (validated anew by createCalculator), so the numbers are read
 * with the mutant in force. Worked by hand from the catalogue's data (shared/reference/clinical-dosing.md):
 * - Dexmedetomidine label: loading 1 mcg/kg over 10 min; at most 0.5 mcg/kg for age over 65.
 * - Pamidronate: in severe renal impairment infused over at least 4 h (label, secondary source).
 * - Ketamine: fast at least 8 h (clinic page 004); an escort home (label).
 * - Magnesium: the Collins 2009 exclusions (severe liver disease) belong to that protocol only.
 * - Diluents: NS in 50, 100, 150, 250, 500, 1000 mL bags; D5W in 50, 100, 250, 500, 1000 mL.
 * - Gammagard Liquid 10% (100 mg/mL): start 0.5 mL/kg/h (label ramp in mL/kg/h).
 * - Cohen 2018 ketamine test infusion: 80 mg over more than 2 h (the protocol's duration.min 2 h).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator, type UntypedCalculator } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A calculator on a fresh copy of the built-in catalogue, changed by `edit` first. */
function fresh(edit: (cat: Json) => void = () => undefined): UntypedCalculator {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  edit(cat);
  const calc = createCalculator(cat);
  if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
  return calc.calculator;
}

type Result = ReturnType<UntypedCalculator['planInfusion']>;
const checksOf = (r: Result) => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan.checks;
};
const check = (r: Result, rule: string) => checksOf(r).find((c) => c.rule === rule);
const brief = (c: ReturnType<typeof check>) => c && { code: c.code, severity: c.severity, passed: c.passed, observed: c.observed, limit: c.limit };

describe("a patient adjustment's value, read when the protocol is prepared", () => {
  it('dexmedetomidine, 80 kg, age 70, the adult loading dose: the maximum-loading finding (0.5 mcg/kg)', () => {
    // Loading 1 mcg/kg x 80 kg = 80 mcg = 0.08 mg; per kg 0.08 / 80 = 0.001 mg/kg = 1 mcg/kg, above the
    // label's 0.5 mcg/kg = 0.0005 mg/kg for age over 65 (70 > 65): failed, soft.
    const r = fresh().planInfusion({
      patient: { weight: { value: 80, unit: 'kg' }, ageYears: 70 },
      protocol: 'dexmedetomidine-procedural-label',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
    });
    expect(brief(check(r, 'dexmedetomidine.age-over-65.loading'))).toEqual({
      code: 'adjustment_for_age',
      severity: 'soft',
      passed: false,
      observed: { value: '1', unit: 'ug/kg' },
      limit: { value: '0.5', unit: 'ug/kg' },
    });
  });

  it('pamidronate 60 mg over 2 h in severe renal impairment: the minimum-duration finding (4 h)', () => {
    // Robinson 2004: 60 mg, the clinician's 2 h; severe renal impairment asks for at least 4 h: 2 h < 4 h, failed, soft.
    const r = fresh().planInfusion({
      patient: { weight: { value: 70, unit: 'kg' }, risks: ['severe-renal-impairment'] },
      protocol: 'pamidronate-crps-robinson-2004',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
    });
    expect(brief(check(r, 'pamidronate.severe-renal-impairment.duration'))).toEqual({
      code: 'adjustment_for_renal_impairment',
      severity: 'soft',
      passed: false,
      observed: { value: '2', unit: 'h' },
      limit: { value: '4', unit: 'h' },
    });
  });

  it("magnesium: Collins 2009's exclusion is judged in Collins 2009 only, not in Brill 2002", () => {
    const calc = fresh();
    const plan = (protocol: string) =>
      calc.planInfusion({ patient: { weight: { value: 70, unit: 'kg' }, risks: ['severe-hepatic-impairment'] }, protocol, session: 1 });
    const collins = (r: Result) =>
      checksOf(r)
        .filter((c) => c.rule.startsWith('magnesium-sulfate.collins.'))
        .map((c) => c.rule);
    expect(collins(plan('magnesium-crps-collins-2009'))).toEqual(['magnesium-sulfate.collins.severe-hepatic-impairment']);
    expect(collins(plan('magnesium-phn-brill-2002'))).toEqual([]);
  });
});

describe("a requirement's fasting hours, read when the protocol is prepared", () => {
  const ketamine = (calc: UntypedCalculator, fastingHours: number) =>
    calc.planInfusion({
      patient: { weight: { value: 80, unit: 'kg' } },
      protocol: 'ketamine-clinic-course-2x3',
      session: 1,
      dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
      preparation: { containerVolume: { value: 250, unit: 'mL' } },
      readiness: { fastingHours, escort: true },
    });

  it('ketamine: 6 h of fasting is short of the 8 h asked; 8 h meets it; the escort is judged too', () => {
    const calc = fresh();
    expect(brief(check(ketamine(calc, 6), 'requirement.fasting'))).toEqual({
      code: 'fasting_too_short',
      severity: 'soft',
      passed: false,
      observed: { value: '6', unit: 'h' },
      limit: { value: '8', unit: 'h' },
    });
    expect(brief(check(ketamine(calc, 8), 'requirement.fasting'))).toEqual({
      code: 'fasting_too_short',
      severity: 'soft',
      passed: true,
      observed: { value: '8', unit: 'h' },
      limit: { value: '8', unit: 'h' },
    });
    expect(check(ketamine(calc, 8), 'requirement.escort')?.passed).toBe(true);
  });

  it('a fasting requirement that states no hours asks for none: 0 h of fasting meets it', () => {
    const calc = fresh((cat) => {
      const fasting = cat['agents'].find((a: Json) => a['id'] === 'ketamine')['requirements'].find((q: Json) => q['id'] === 'fasting');
      delete fasting['hours'];
    });
    expect(brief(check(ketamine(calc, 0), 'requirement.fasting'))).toEqual({
      code: 'fasting_too_short',
      severity: 'soft',
      passed: true,
      observed: { value: '0', unit: 'h' },
      limit: { value: '0', unit: 'h' },
    });
  });
});

describe("a diluent's stocked bags, read when the protocol is prepared", () => {
  it('a 150 mL bag is stocked in NS but not in D5W', () => {
    const calc = fresh();
    const notStocked = (diluent: string) =>
      checksOf(
        calc.planInfusion({
          patient: { weight: { value: 80, unit: 'kg' } },
          protocol: 'ketamine-clinic-course-2x3',
          session: 1,
          dose: { rate: { value: 0.3, unit: 'mg/kg/h' } },
          preparation: { diluent, containerVolume: { value: 150, unit: 'mL' } },
        }),
      )
        .filter((c) => c.code === 'container_volume_not_stocked')
        .map((c) => c.message);
    expect(notStocked('sodium-chloride-0.9')).toEqual([]);
    expect(notStocked('dextrose-5')).toEqual([
      'Dextrose 5% in water (D5W) is stocked in 50, 100, 250, 500, 1000 mL bags; a 150 mL bag is not one of them. Check the bag, or acknowledge with a reason.',
    ]);
  });
});

describe("a label ramp in mL/kg/h, read in mg/kg/min with the product's strength", () => {
  it('Goebel, 70 kg, Gammagard Liquid 10% (no whole-vial rule in this copy): 35 mL/h for 5 h', () => {
    // 0.5 mL/kg/h x 100 mg/mL / 60 = 0.8333 mg/kg/min; x 70 kg x 60 = 3500 mg/h; / 100 mg/mL = 35 mL/h.
    // 0.25 g/kg x 70 kg = 17.5 g = 175 mL; 175 mL / 35 mL/h = 5 h = 300 min. (Gammagard states no vial
    // size, so this copy drops Goebel's whole-vial rule, which needs one.)
    const calc = fresh((cat) => {
      delete cat['protocols'].find((p: Json) => p['id'] === 'ivig-crps-goebel-2010')['wholeVials'];
    });
    const r = calc.planInfusion({
      patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
      preparation: { product: 'immune-globulin-gammagard-liquid-10pct' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.plan.pump.segments.map((s) => [s.kind, s.rate.value, s.duration.value, s.volume.value])).toEqual([['maintenance', '35', '300', '175']]);
  });
});

describe("the protocol's shortest duration, read when it is prepared", () => {
  it('Cohen 80 mg over exactly 2 h in 100 mL + 1.6 mL, whole mL/h: 51 mL/h would run under 2 h, so 50 mL/h', () => {
    // 80 mg from the 50 mg/mL vial = 1.6 mL, added to a 100 mL bag: 101.6 mL. 101.6 mL / 2 h = 50.8 mL/h;
    // to the nearest 1 mL/h that is 51, and 101.6 / 51 = 1.992 h, under the protocol's 2 h minimum, so
    // the rate is rounded down: 50 mL/h, 101.6 / 50 = 2.032 h = 121.92 min.
    const r = fresh().planInfusion({
      patient: { weight: { value: 70, unit: 'kg' } },
      protocol: 'ketamine-test-infusion-cohen-2018',
      session: 1,
      dose: { duration: { value: 2, unit: 'h' } },
      preparation: { containerVolume: { value: 100, unit: 'mL' }, additiveVolume: 'add' },
      pump: { increment: { value: 1, unit: 'mL/h' } },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const { pump } = r.plan;
    expect([pump.rateExact.value, pump.rate.value, pump.rounding, pump.duration]).toEqual([
      '50.8',
      '50',
      { mode: 'floor', roundedDownForLimit: true },
      { value: '121.92', unit: 'min' },
    ]);
  });
});

describe("a fixed-rate phase's duration, read when the protocol is prepared", () => {
  it('a phase duration in a unit no measure reads is refused when the catalogue is validated, not read as 0 h', () => {
    // Lidocaine 5 mg/kg over 40 min: 300 mL/h for 10 min, then 200 mL/h. "minutes" is not a unit the
    // library reads (min and h are): before, the catalogue was accepted, the phase read as 0 h and
    // every plan of the protocol refused as pump_segment_empty.
    const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
    const at = (cat['protocols'] as Json[]).findIndex((p) => p['id'] === 'lidocaine-5mgkg-40min');
    cat['protocols'][at]['phases'][0]['duration']['unit'] = 'minutes';
    const calc = createCalculator(cat);
    expect(calc.ok ? [] : calc.issues).toEqual([
      {
        code: 'phases_invalid',
        path: ['protocols', at, 'phases'],
        message: 'Protocol lidocaine-5mgkg-40min: phases are rates in mL/h; every phase but the last has a duration in min or h.',
      },
    ]);
  });
});
