// The dose stage, the dosing weights and the pump segments branch by branch: src/stages/dose.ts,
// src/patient/weights.ts and src/pump/settings.ts. Every expected number is worked out by hand
// from the formula in the source's doc comment; the arithmetic is in the comment beside it.
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal/index.js';
import type { DoseParameter, ProtocolCap, Source, WeightRule } from '../../src/catalogue/types.js';
import type { Check } from '../../src/types/plan.js';
import { type ResolvedParam, orderDose as orderDoseFromCaps, resolveParam } from '../../src/stages/dose.js';
import { checkParam } from '../../src/rules/param-checks.js';
import { type ExactParam, exactCap, exactParam } from '../../src/prepare/exact.js';
import { chooseDosingWeight } from '../../src/patient/weights.js';
import type { Preparation } from '../../src/compounding/prepare.js';
import { phasesDuration, plainSegment, runSegments } from '../../src/pump/settings.js';

const src: Source = { citation: 'test protocol', grade: 'guideline', verified: true };

const param = (p: Omit<DoseParameter, 'source'>): DoseParameter => ({ ...p, source: src });

function find(checks: readonly Check[], code: string): Check {
  const c = checks.find((x) => x.code === code);
  if (c === undefined) throw new Error(`no check ${code}; got ${checks.map((x) => x.code).join(', ')}`);
  return c;
}

// ---------------------------------------------------------------------------------------------
// dose.ts: resolveParam's "clinician must supply one" message and its range text
// ---------------------------------------------------------------------------------------------
describe('resolveParam: dose_required message names the parameter and the protocol range', () => {
  function requiredMessage(name: 'rate' | 'total' | 'duration' | 'loading', p: DoseParameter): string {
    const r = resolveParam(name, p, undefined);
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('expected an issue');
    expect(r.issue.code).toBe('dose_required');
    expect(r.issue.path).toEqual(['dose', name]);
    return r.issue.message;
  }

  it('min and max: "A to B unit"', () => {
    const m = requiredMessage('rate', param({ unit: 'mg/kg/h', min: '0.1', max: '1' }));
    expect(m).toContain('gives no dose rate');
    expect(m).toContain('(0.1 to 1 mg/kg/h)');
  });

  it('max only: "at most B unit"', () => {
    const m = requiredMessage('total', param({ unit: 'mg', max: '400' }));
    expect(m).toContain('gives no session dose');
    expect(m).toContain('(at most 400 mg)');
  });

  it('min only: "at least A unit"', () => {
    const m = requiredMessage('duration', param({ unit: 'min', min: '30' }));
    expect(m).toContain('gives no duration');
    expect(m).toContain('(at least 30 min)');
  });

  it('no range: "in unit"', () => {
    const m = requiredMessage('loading', param({ unit: 'mg/kg' }));
    expect(m).toContain('gives no loading dose');
    expect(m).toContain('(in mg/kg)');
  });

  it('a protocol value resolves to base units (0.5 mg/kg/min = 30 mg/kg/h)', () => {
    const r = resolveParam('rate', param({ unit: 'mg/kg/min', value: '0.5' }), undefined);
    expect(r.ok && r.value.measure).toBe('dose-rate-per-kg');
    // 0.5 mg/kg/min x 60 min/h = 30 mg/kg/h
    expect(r.ok && r.value.base.toString()).toBe('30');
    expect(r.ok && r.value.from).toBe('protocol');
  });

  it('a catalogue parameter in a unit that is neither dose nor time is a programming error', () => {
    expect(() => resolveParam('duration', param({ unit: 'mL' }), { value: dec(10), unit: 'min' })).toThrow(
      /protocol parameter unit mL is not a dose or time unit/,
    );
  });

  it('a regimen without the parameter it needs is a programming error', () => {
    expect(() => resolveParam('total', undefined, undefined)).toThrow(/protocol regimen needs a total parameter/);
  });
});

// ---------------------------------------------------------------------------------------------
// dose.ts: checkParam range checks and tenfold checks
// ---------------------------------------------------------------------------------------------
function resolved(
  name: ResolvedParam['name'],
  measure: ResolvedParam['measure'],
  base: string,
  p: DoseParameter,
  from: ResolvedParam['from'] = 'clinician',
): ResolvedParam {
  return { name, measure, base: dec(base), stated: { value: dec(base), unit: p.unit }, from, param: p, exact: exactParam(p) as ExactParam };
}

/** orderDose over caps read as a prepared protocol reads them. */
const orderDose = (
  ...[regimen, params, caps, w]: [
    Parameters<typeof orderDoseFromCaps>[0],
    Parameters<typeof orderDoseFromCaps>[1],
    readonly ProtocolCap[],
    Parameters<typeof orderDoseFromCaps>[3],
  ]
) => orderDoseFromCaps(regimen, params, caps.map(exactCap), w);

describe('checkParam: protocol range (soft)', () => {
  const rateParam = param({ unit: 'mg/kg/h', min: '0.1', max: '1' });

  it('above the maximum: failed soft check with rule protocol.rate.max', () => {
    const checks = checkParam(resolved('rate', 'dose-rate-per-kg', '2', rateParam));
    const max = find(checks, 'rate_above_protocol_range');
    expect(max.rule).toBe('protocol.rate.max');
    expect(max.severity).toBe('soft');
    expect(max.passed).toBe(false);
    expect(max.message).toContain("The chosen dose rate is above the protocol's maximum of 1 mg/kg/h");
    expect(max.message).toContain('acknowledge with a reason');
    const min = find(checks, 'rate_below_protocol_range');
    expect(min.rule).toBe('protocol.rate.min');
    expect(min.passed).toBe(true);
    expect(min.message).toContain("The chosen dose rate is within the protocol's minimum of 0.1 mg/kg/h");
  });

  it('below the minimum: failed soft check with rule protocol.rate.min', () => {
    const checks = checkParam(resolved('rate', 'dose-rate-per-kg', '0.05', rateParam));
    const min = find(checks, 'rate_below_protocol_range');
    expect(min.rule).toBe('protocol.rate.min');
    expect(min.severity).toBe('soft');
    expect(min.passed).toBe(false);
    expect(min.message).toContain("The chosen dose rate is below the protocol's minimum of 0.1 mg/kg/h");
    expect(min.message).toContain('acknowledge with a reason');
    const max = find(checks, 'rate_above_protocol_range');
    expect(max.rule).toBe('protocol.rate.max');
    expect(max.passed).toBe(true);
    expect(max.message).toContain("The chosen dose rate is within the protocol's maximum of 1 mg/kg/h");
  });

  it('session dose and duration use their own words and rule ids', () => {
    const total = checkParam(resolved('total', 'session-dose', '500', param({ unit: 'mg', max: '400' })));
    const t = find(total, 'total_above_protocol_range');
    expect(t.rule).toBe('protocol.total.max');
    expect(t.message).toContain("session dose is above the protocol's maximum of 400 mg");
    // 20 min = 1/3 h, below 30 min = 0.5 h
    const dur = checkParam(resolved('duration', 'duration', '0.3333', param({ unit: 'min', min: '30' })));
    const d = find(dur, 'duration_below_protocol_range');
    expect(d.rule).toBe('protocol.duration.min');
    expect(d.passed).toBe(false);
    expect(d.message).toContain("duration is below the protocol's minimum of 30 min");
  });

  it("the protocol's own value is not range-checked (only the clinician's is)", () => {
    const checks = checkParam(resolved('rate', 'dose-rate-per-kg', '2', rateParam, 'protocol'));
    expect(checks).toEqual([]);
  });
});

describe('checkParam: tenfold checks against the usual dose', () => {
  const usualRate = param({ unit: 'mg/kg/h', usual: '0.5' });

  it('a rate ten times the usual is refused (tenfold_dose, hard); tenfold_low_dose passes', () => {
    // 5 / 0.5 = 10 >= 10
    const checks = checkParam(resolved('rate', 'dose-rate-per-kg', '5', usualRate));
    const high = find(checks, 'tenfold_dose');
    expect(high.rule).toBe('protocol.rate.usual');
    expect(high.severity).toBe('hard');
    expect(high.passed).toBe(false);
    expect(high.message).toContain("The dose rate is ten or more times the protocol's usual 0.5 mg/kg/h");
    expect(high.message).toContain('refused');
    // limit = 10 x 0.5 = 5 mg/kg/h
    expect(high.limit).toEqual({ value: '5', unit: 'mg/kg/h' });
    const low = find(checks, 'tenfold_low_dose');
    expect(low.rule).toBe('protocol.rate.usual');
    expect(low.severity).toBe('soft');
    expect(low.passed).toBe(true);
    expect(low.message).toContain('The dose rate is not a tenth or less of the usual');
  });

  it('a rate a tenth of the usual needs an acknowledgement (tenfold_low_dose, soft)', () => {
    // 0.05 / 0.5 = 0.1 <= 0.1
    const checks = checkParam(resolved('rate', 'dose-rate-per-kg', '0.05', usualRate));
    const high = find(checks, 'tenfold_dose');
    expect(high.passed).toBe(true);
    expect(high.message).toContain("The dose rate is within a factor of ten of the protocol's usual 0.5 mg/kg/h");
    const low = find(checks, 'tenfold_low_dose');
    expect(low.rule).toBe('protocol.rate.usual');
    expect(low.severity).toBe('soft');
    expect(low.passed).toBe(false);
    expect(low.message).toContain("The dose rate is a tenth or less of the protocol's usual 0.5 mg/kg/h");
    expect(low.message).toContain('acknowledge');
    // limit = 0.5 / 10 = 0.05 mg/kg/h
    expect(low.limit).toEqual({ value: '0.05', unit: 'mg/kg/h' });
  });

  const usualDuration = param({ unit: 'min', usual: '60' });

  it('for duration the short slip is the dangerous one (tenfold_short_duration, hard)', () => {
    // usual 60 min = 1 h; 0.1 h / 1 h = 0.1 <= 0.1
    const checks = checkParam(resolved('duration', 'duration', '0.1', usualDuration));
    expect(checks.map((c) => c.code)).toEqual(['tenfold_short_duration', 'tenfold_long_duration']);
    const short = find(checks, 'tenfold_short_duration');
    expect(short.rule).toBe('protocol.duration.usual');
    expect(short.severity).toBe('hard');
    expect(short.passed).toBe(false);
    expect(short.message).toContain("The duration is a tenth or less of the protocol's usual 60 min");
    // limit = 1 h / 10 = 0.1 h
    expect(short.limit).toEqual({ value: '0.1', unit: 'h' });
    const long = find(checks, 'tenfold_long_duration');
    expect(long.severity).toBe('soft');
    expect(long.passed).toBe(true);
  });

  it('a duration ten times the usual is a soft finding (tenfold_long_duration)', () => {
    // 10 h / 1 h = 10 >= 10
    const checks = checkParam(resolved('duration', 'duration', '10', usualDuration));
    const short = find(checks, 'tenfold_short_duration');
    expect(short.passed).toBe(true);
    expect(short.message).toContain("The duration is within a factor of ten of the protocol's usual 60 min");
    const long = find(checks, 'tenfold_long_duration');
    expect(long.rule).toBe('protocol.duration.usual');
    expect(long.severity).toBe('soft');
    expect(long.passed).toBe(false);
    expect(long.message).toContain("The duration is ten or more times the protocol's usual 60 min");
    // limit = 1 h x 10 = 10 h
    expect(long.limit).toEqual({ value: '10', unit: 'h' });
  });
});

// ---------------------------------------------------------------------------------------------
// dose.ts: orderDose caps
// ---------------------------------------------------------------------------------------------
describe('orderDose: protocol caps', () => {
  const cap = (id: string, value: string, unit: string): ProtocolCap => ({ id, value, unit, source: src });
  const w70 = dec(70);
  const rate1PerKg = resolved('rate', 'dose-rate-per-kg', '1', param({ unit: 'mg/kg/h' }), 'protocol');
  const dur2h = resolved('duration', 'duration', '2', param({ unit: 'h' }), 'protocol');

  it('a per-kg dose-rate cap is scaled by weight', () => {
    // rate 1 mg/kg/h x 70 kg = 70 mg/h; cap 0.5 mg/kg/h x 70 kg = 35 mg/h binds;
    // total = 35 mg/h x 2 h = 70 mg
    const o = orderDose('rate-duration', { rate: rate1PerKg, duration: dur2h }, [cap('c', '0.5', 'mg/kg/h')], w70);
    expect(o.rateMgH.toString()).toBe('35');
    expect(o.totalMg.toString()).toBe('70');
    expect(o.durationH.toString()).toBe('2');
    expect(o.caps).toHaveLength(1);
    expect(o.caps[0]?.measure).toBe('dose-rate-per-kg');
    expect(o.caps[0]?.limit.toString()).toBe('35');
    expect(o.caps[0]?.uncapped.toString()).toBe('70');
    expect(o.caps[0]?.bound).toBe(true);
  });

  it('an absolute dose-rate cap is not scaled by weight', () => {
    // uncapped 70 mg/h; cap 50 mg/h binds; total = 50 x 2 = 100 mg
    const o = orderDose('rate-duration', { rate: rate1PerKg, duration: dur2h }, [cap('c', '50', 'mg/h')], w70);
    expect(o.rateMgH.toString()).toBe('50');
    expect(o.totalMg.toString()).toBe('100');
    expect(o.caps[0]?.measure).toBe('dose-rate');
    expect(o.caps[0]?.limit.toString()).toBe('50');
  });

  it('total-rate: a rate cap lengthens the duration and keeps the session dose', () => {
    // total 100 mg at 50 mg/h = 2 h; cap 25 mg/h: duration = 100 mg / 25 mg/h = 4 h
    const total = resolved('total', 'session-dose', '100', param({ unit: 'mg' }), 'protocol');
    const rate = resolved('rate', 'dose-rate', '50', param({ unit: 'mg/h' }), 'protocol');
    const o = orderDose('total-rate', { total, rate }, [cap('c', '25', 'mg/h')], w70);
    expect(o.rateMgH.toString()).toBe('25');
    expect(o.totalMg.toString()).toBe('100');
    expect(o.durationH.toString()).toBe('4');
  });

  it('a per-kg session-dose cap is scaled by weight and lowers the rate', () => {
    // total 2 mg/kg x 70 kg = 140 mg over 2 h (70 mg/h); cap 1.5 mg/kg x 70 = 105 mg binds;
    // rate = 105 mg / 2 h = 52.5 mg/h
    const total = resolved('total', 'session-dose-per-kg', '2', param({ unit: 'mg/kg' }), 'protocol');
    const o = orderDose('total-duration', { total, duration: dur2h }, [cap('s', '1.5', 'mg/kg')], w70);
    expect(o.totalMg.toString()).toBe('105');
    expect(o.rateMgH.toString()).toBe('52.5');
    expect(o.durationH.toString()).toBe('2');
    expect(o.caps[0]?.measure).toBe('session-dose-per-kg');
    expect(o.caps[0]?.limit.toString()).toBe('105');
    expect(o.caps[0]?.uncapped.toString()).toBe('140');
    expect(o.caps[0]?.bound).toBe(true);
  });

  it('an absolute session-dose cap is not scaled by weight', () => {
    // uncapped 140 mg; cap 100 mg: rate = 100 / 2 = 50 mg/h
    const total = resolved('total', 'session-dose-per-kg', '2', param({ unit: 'mg/kg' }), 'protocol');
    const o = orderDose('total-duration', { total, duration: dur2h }, [cap('s', '100', 'mg')], w70);
    expect(o.totalMg.toString()).toBe('100');
    expect(o.rateMgH.toString()).toBe('50');
    expect(o.caps[0]?.measure).toBe('session-dose');
  });

  it('total-rate: a session-dose cap shortens the duration at the same rate', () => {
    // total 100 mg at 50 mg/h; cap 80 mg: duration = 80 / 50 = 1.6 h
    const total = resolved('total', 'session-dose', '100', param({ unit: 'mg' }), 'protocol');
    const rate = resolved('rate', 'dose-rate', '50', param({ unit: 'mg/h' }), 'protocol');
    const o = orderDose('total-rate', { total, rate }, [cap('s', '80', 'mg')], w70);
    expect(o.totalMg.toString()).toBe('80');
    expect(o.rateMgH.toString()).toBe('50');
    expect(o.durationH.toString()).toBe('1.6');
  });

  it('a cap unit that is not a dose rate or session dose is a programming error', () => {
    expect(() => orderDose('rate-duration', { rate: rate1PerKg, duration: dur2h }, [cap('conc', '1', 'mg/mL')], w70)).toThrow(
      /protocol cap conc must cap a dose rate or a session dose/,
    );
    expect(() => orderDose('rate-duration', { rate: rate1PerKg, duration: dur2h }, [cap('bad', '1', 'units')], w70)).toThrow(
      /protocol cap bad has unit units, which no cap can use/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// weights.ts: chooseDosingWeight
// ---------------------------------------------------------------------------------------------
describe('chooseDosingWeight', () => {
  const rule = (basis: WeightRule['basis']): WeightRule => ({ basis, reason: `Dose on ${basis} weight.`, source: src });

  function ok(r: ReturnType<typeof chooseDosingWeight>) {
    if (!r.ok) throw new Error(`missing ${r.missing.join(', ')}`);
    return r.value;
  }

  it('actual basis: BMI reported when height is known', () => {
    // BMI = 70 / 1.75^2 = 70 / 3.0625 = 22.857
    const v = ok(chooseDosingWeight(rule('actual'), { weightKg: dec(70), heightCm: dec(175) }));
    expect(v.kg.toString()).toBe('70');
    expect(v.basis).toBe('actual');
    expect(v.requested).toBe('actual');
    expect(v.formula).toContain('actual body weight');
    expect(v.bmi?.toFixed(3)).toBe('22.857');
  });

  it('actual basis without height: no BMI', () => {
    const v = ok(chooseDosingWeight(rule('actual'), { weightKg: dec(70) }));
    expect(v.bmi).toBeUndefined();
  });

  it('ideal basis names exactly what is missing', () => {
    expect(chooseDosingWeight(rule('ideal'), { weightKg: dec(70), sex: 'male' })).toEqual({ ok: false, missing: ['height'] });
    expect(chooseDosingWeight(rule('ideal'), { weightKg: dec(70), heightCm: dec(180) })).toEqual({ ok: false, missing: ['sex'] });
    expect(chooseDosingWeight(rule('ideal'), { weightKg: dec(70) })).toEqual({ ok: false, missing: ['height', 'sex'] });
  });

  it('ideal basis, male 180 cm: Devine male formula', () => {
    // 180 / 2.54 = 70.866 in; 50 + 2.3 x 10.866 = 74.99 kg (< 100 kg actual, so IBW is used)
    const v = ok(chooseDosingWeight(rule('ideal'), { weightKg: dec(100), heightCm: dec(180), sex: 'male' }));
    expect(v.basis).toBe('ideal');
    expect(v.kg.toFixed(2)).toBe('74.99');
    expect(v.formula).toContain('IBW = 50 kg + 2.3 kg x (height in - 60)');
    expect(v.formula).not.toContain('45.5');
  });

  it('ideal basis, female 165 cm: Devine female formula', () => {
    // 165 / 2.54 = 64.961 in; 45.5 + 2.3 x 4.961 = 56.91 kg (< 90 kg actual)
    const v = ok(chooseDosingWeight(rule('ideal'), { weightKg: dec(90), heightCm: dec(165), sex: 'female' }));
    expect(v.basis).toBe('ideal');
    expect(v.kg.toFixed(2)).toBe('56.91');
    expect(v.formula).toContain('IBW = 45.5 kg + 2.3 kg x (height in - 60)');
  });

  it('ideal basis when actual <= IBW falls back to actual weight and says so', () => {
    // male 180 cm: IBW 74.99 kg; actual 70 kg <= IBW
    const v = ok(chooseDosingWeight(rule('ideal'), { weightKg: dec(70), heightCm: dec(180), sex: 'male' }));
    expect(v.basis).toBe('actual');
    expect(v.requested).toBe('ideal');
    expect(v.kg.toString()).toBe('70');
    expect(v.idealKg?.toFixed(2)).toBe('74.99');
    expect(v.reason).toContain('Dose on ideal weight.');
    expect(v.reason).toContain('Actual weight is not above ideal weight, so actual weight is used.');
    expect(v.formula).toContain('IBW = 50 kg');
    expect(v.formula).toContain('actual weight <= IBW, so dosing weight = actual weight');
  });

  it('adjusted basis: AdjBW formula text', () => {
    // IBW 74.992; AdjBW = 74.992 + 0.4 x (100 - 74.992) = 74.992 + 10.003 = 84.995 kg
    const v = ok(chooseDosingWeight(rule('adjusted'), { weightKg: dec(100), heightCm: dec(180), sex: 'male' }));
    expect(v.basis).toBe('adjusted');
    expect(v.kg.toFixed(2)).toBe('85.00');
    expect(v.adjustedKg?.toFixed(3)).toBe('84.995');
    expect(v.formula).toContain('IBW = 50 kg');
    expect(v.formula).toContain('AdjBW = IBW + 0.4 x (TBW - IBW)');
  });

  it('lean basis, male: Janmahasatian male formula', () => {
    // BMI = 100 / 1.8^2 = 30.864; 6680 + 216 x 30.864 = 13346.67; 9270 x 100 / 13346.67 = 69.456 kg
    const v = ok(chooseDosingWeight(rule('lean'), { weightKg: dec(100), heightCm: dec(180), sex: 'male' }));
    expect(v.basis).toBe('lean');
    expect(v.requested).toBe('lean');
    expect(v.kg.toFixed(3)).toBe('69.456');
    expect(v.leanKg?.toFixed(3)).toBe('69.456');
    expect(v.bmi?.toFixed(3)).toBe('30.864');
    expect(v.formula).toContain('LBW = 9270 x TBW / (6680 + 216 x BMI)');
    expect(v.reason).toBe('Dose on lean weight.');
  });

  it('lean basis, female: Janmahasatian female formula', () => {
    // BMI = 90 / 1.65^2 = 33.058; 8780 + 244 x 33.058 = 16846.12; 9270 x 90 / 16846.12 = 49.525 kg
    const v = ok(chooseDosingWeight(rule('lean'), { weightKg: dec(90), heightCm: dec(165), sex: 'female' }));
    expect(v.basis).toBe('lean');
    expect(v.kg.toFixed(3)).toBe('49.525');
    expect(v.formula).toContain('LBW = 9270 x TBW / (8780 + 244 x BMI)');
  });
});

// ---------------------------------------------------------------------------------------------
// pump/settings.ts
// ---------------------------------------------------------------------------------------------
describe('pump settings', () => {
  // 100 mg in 250 mL = 0.4 mg/mL
  const conc = { mg: dec(100), ml: dec(250) };
  const inc = dec('0.1');

  it('a segment after the budget is used up is dropped', () => {
    // first segment takes all 250 mL; nothing is left for the second
    const plan = runSegments(
      [
        { kind: 'maintenance', rateExact: dec(125) },
        { kind: 'maintenance', rateExact: dec(50) },
      ],
      conc,
      inc,
      dec(250),
    );
    expect(plan.segments).toHaveLength(1);
    // 250 mL / 125 mL/h = 2 h
    expect(plan.durationH.toString()).toBe('2');
    expect(plan.vtbiMl.toString()).toBe('250');
  });

  it('a container with nothing to infuse (remaining volume 0) is refused', () => {
    expect(() => runSegments([{ kind: 'maintenance', rateExact: dec(125) }], conc, inc, dec(0))).toThrow(
      /no pump segment: the container holds nothing to infuse/,
    );
  });

  it('a volume rounds to nearest 0.1 mL when no dose ceiling is given', () => {
    // 10.06 mL -> nearest 0.1 mL is 10.1 mL (below the 100 mL left)
    const plan = runSegments([{ kind: 'maintenance', rateExact: dec(50), volumeExact: dec('10.06') }], conc, inc, dec(100));
    expect(plan.main.volume?.value.toString()).toBe('10.1');
    expect(plan.main.volume?.mode).toBe('halfExpand');
    expect(plan.main.volumeMl.toString()).toBe('10.1');
  });

  it("a rate rounded up past a minimum duration is floored, and labelled 'floor'", () => {
    // 99.6 mL at exact 99.6 mL/h = 1 h (meets the 1 h minimum). Increment 1 mL/h: nearest 100 mL/h
    // gives 99.6 / 100 = 0.996 h < 1 h, so the rate is floored to 99 mL/h: 99.6 / 99 = 1.006 h.
    const plan = runSegments([{ kind: 'maintenance', rateExact: dec('99.6'), volumeExact: dec('99.6'), minDurationsH: [dec(1)] }], conc, dec(1), dec(250));
    expect(plan.main.rate.value.toString()).toBe('99');
    expect(plan.main.rate.mode).toBe('floor');
    expect(plan.main.rate.roundedDownForLimit).toBe(true);
    expect(plan.main.durationH.gte(1)).toBe(true);
  });

  it('plainSegment: whole-bag rate is the bag over the duration, no minimum durations by default', () => {
    const prep: Preparation = {
      style: 'whole-bag',
      containerKind: 'bag',
      nominalMl: dec(250),
      additive: null,
      diluent: null,
      additiveVolume: null,
      finalMl: dec(250),
      concentration: conc,
      concentrationMgPerMl: dec('0.4'),
    };
    const spec = plainSegment(prep, { rateMgH: dec(50), totalMg: dec(100), durationH: dec(2) }, [], []);
    // 250 mL / 2 h = 125 mL/h
    expect(spec.rateExact.toString()).toBe('125');
    expect(spec.minDurationsH).toEqual([]);
  });

  it('phasesDuration: a phase duration in minutes is converted to hours', () => {
    // 300 mL/h for 10 min = 1/6 h gives 50 mL; the remaining 200 mL at 200 mL/h takes 1 h.
    // total = 1/6 + 1 = 1.1667 h
    const h = phasesDuration([{ rate: { value: '300' }, duration: { value: '10', unit: 'min' } }, { rate: { value: '200' } }], dec(250));
    expect(h.toFixed(4)).toBe('1.1667');
  });

  it('phasesDuration: a phase duration in hours is used as is', () => {
    // 100 mL/h for 1 h gives 100 mL; the remaining 150 mL at 50 mL/h takes 3 h. total = 4 h
    const h = phasesDuration([{ rate: { value: '100' }, duration: { value: '1', unit: 'h' } }, { rate: { value: '50' } }], dec(250));
    expect(h.toString()).toBe('4');
  });
});
