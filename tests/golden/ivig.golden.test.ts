/**
 * Golden cases for the immune globulin protocols, worked by hand from the catalogue's cited data:
 * Goebel 2010 (0.25 g/kg a day x 2), Jann 2020 (0.4 g/kg a day x 5), LIPS (0.5 g/kg, Intratect 5%);
 * dosing weight = NBA BloodSTAR dose-determining weight IBW + 0.4 x (actual - IBW) when actual is
 * above IBW (Devine: male 50 kg + 2.3 kg per inch over 60 in); Privigen 10% vials of 2.5, 5, 10, 20
 * and 40 g, which may be combined: the dose is rounded to the combination of whole vials closest
 * to the order (a multiple of 2.5 g; on a tie the smaller amount, then the fewest vials), within the
 * 10% tolerance or acknowledged (borrowed figure, unverified), refused at twice or half the order;
 * the plan's total is what the vials hold and the order is kept in agents[].orderedDose; Privigen label ramp start 0.5 mg/kg/min, maximum 8 (2 when at risk), no
 * steps in the reference, so the start rate is held; mL/h = mg/kg/min x kg x 60 / 100 mg/mL.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/index.js';
import { planInfusion } from './helpers.js';
import type { Quantity } from '../../src/index.js';

const q = (x: Quantity | undefined) => (x ? `${x.value} ${x.unit}` : 'none');
const male175 = { height: { value: 175, unit: 'cm' }, sex: 'male' } as const;
// IBW = 50 + 2.3 x (175 / 2.54 - 60) = 50 + 2.3 x 8.8976378 = 70.4645669 kg

function plan(input: unknown) {
  const r = planInfusion(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(checkPlan(r.plan)).toEqual({ ok: true });
  return r.plan;
}

describe('immune globulin golden cases', () => {
  it('Goebel, 70 kg: actual weight (below IBW), 10 + 5 + 2.5 g vials, start rate held', () => {
    // 0.25 g/kg x 70 kg = 17.5 g = 7 x 2.5 g exactly; the fewest vials for 17.5 g: 10 + 5 + 2.5 (3
    // vials, 100 + 50 + 25 = 175 mL); the additive's product is the largest, 10 g. Rate 0.5 mg/kg/min x 70 x 60 = 2100 mg/h / 100 mg/mL = 21 mL/h; 175 / 21 h = 500 min.
    const p = plan({ patient: { weight: { value: 70, unit: 'kg' }, ...male175 }, protocol: 'ivig-crps-goebel-2010', session: 1 });
    expect([q(p.dosingWeight.value), p.dosingWeight.basis]).toEqual(['70 kg', 'actual']);
    expect([q(p.agents[0]?.totalDose), q(p.agents[0]?.orderedDose.total)]).toEqual(['17.5 g', '17.5 g']);
    const ad = p.bag.additives[0];
    expect([ad?.product.id, ad?.containers, q(ad?.volume), q(ad?.amount)]).toEqual(['immune-globulin-privigen-10pct-10g-100ml', 3, '175 mL', '17.5 g']);
    expect(ad?.vials?.map((v) => `${v.count} x ${q(v.containerVolume)}`)).toEqual(['1 x 100 mL', '1 x 50 mL', '1 x 25 mL']);
    expect(p.pump.segments.map((s) => `${q(s.rate)} ${q(s.duration)} ${q(s.volume)}`)).toEqual(['21 mL/h 500 min 175 mL']);
    expect(p.status).toBe('ready');
  });

  it('Goebel, 110 kg: adjusted weight, rounded up to 22.5 g = 20 + 2.5 g, within 10%', () => {
    // AdjBW = 70.4645669 + 0.4 x (110 - 70.4645669) = 86.2787402 kg; 0.25 x 86.2787402 = 21.5696850 g.
    // Multiples of 2.5 g either side: 20 g (1.569685 under) and 22.5 g (0.930315 over): 22.5 g, fewest
    // vials 20 + 2.5 (2 vials, 225 mL). (22.5 - 21.569685) / 21.569685 = +4.31% <= 10%: a note only.
    // The plan's total is the 22.5 g in the bag (the pump runs it all out); the order stays 21.569685 g.
    // Rate 0.5 x 86.2787402 x 60 = 2588.362205 mg/h / 100 = 25.883622 mL/h -> 25.9; 225 / 25.9 h = 521.235521 min.
    const p = plan({ patient: { weight: { value: 110, unit: 'kg' }, ...male175 }, protocol: 'ivig-crps-goebel-2010', session: 2 });
    expect([q(p.dosingWeight.value), p.dosingWeight.basis]).toEqual(['86.27874 kg', 'adjusted']);
    expect([q(p.agents[0]?.totalDose), q(p.agents[0]?.orderedDose.total)]).toEqual(['22.5 g', '21.569685 g']);
    expect([p.bag.additives[0]?.containers, q(p.bag.additives[0]?.amount), q(p.agents[0]?.delivered.totalDose)]).toEqual([2, '22.5 g', '22.5 g']);
    expect([q(p.pump.rateExact), q(p.pump.rate), q(p.pump.duration)]).toEqual(['25.883622 mL/h', '25.9 mL/h', '521.235521 min']);
    expect(p.checks.find((c) => c.code === 'rounded_to_whole_vials')?.severity).toBe('info');
    expect(p.status).toBe('ready');
  });

  it('Goebel, 70 kg at the clinician rate 4 mg/kg/min; refused at risk (label maximum 2)', () => {
    // 4 x 70 x 60 = 16800 mg/h / 100 = 168 mL/h; 175 mL / 168 mL/h = 1.0416667 h = 62.5 min.
    const input = {
      patient: { weight: { value: 70, unit: 'kg' }, ...male175 },
      protocol: 'ivig-crps-goebel-2010',
      session: 1,
      dose: { rate: { value: 4, unit: 'mg/kg/min' } },
    };
    const p = plan(input);
    expect([q(p.pump.rate), q(p.pump.duration)]).toEqual(['168 mL/h', '62.5 min']);
    const r = planInfusion({ ...input, patient: { ...input.patient, risks: ['thrombosis'] } });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['rate_above_label_maximum']);
  });

  it('Jann, 80 kg: 0.4 g/kg of adjusted weight, 20 + 10 g (fewest vials for 30 g)', () => {
    // AdjBW = 70.4645669 + 0.4 x 9.5354331 = 74.2787402 kg; 0.4 x 74.2787402 = 29.7114961 g.
    // Closest multiple of 2.5 g: 30 g (0.29 g over; 27.5 g is 2.21 under); fewest vials for 30 g: 20 + 10.
    // Rate 0.5 x 74.2787402 x 60 = 2228.362205 mg/h -> 22.283622 -> 22.3 mL/h; 300 / 22.3 h = 807.174888 min.
    const p = plan({ patient: { weight: { value: 80, unit: 'kg' }, ...male175 }, protocol: 'ivig-dpn-jann-2020', session: 1 });
    expect([p.bag.additives[0]?.product.id, p.bag.additives[0]?.containers]).toEqual(['immune-globulin-privigen-10pct-20g-200ml', 2]);
    expect([q(p.pump.rate), q(p.pump.duration), q(p.pump.volumeToBeInfused)]).toEqual(['22.3 mL/h', '807.174888 min', '300 mL']);
  });

  it('LIPS, 80 kg: Intratect 5% at the clinician rate, no vial size in the data', () => {
    // 0.5 g/kg x 74.2787402 = 37.1393701 g = 742.787402 mL of 50 mg/mL -> 742.8 mL = 37.14 g.
    // 1 mg/kg/min x 74.2787402 x 60 = 4456.724409 mg/h / 50 = 89.134488 -> 89.1 mL/h; 742.8 / 89.1 h = 500.20202 min.
    const p = plan({
      patient: { weight: { value: 80, unit: 'kg' }, ...male175 },
      protocol: 'ivig-crps-lips-goebel-2014',
      session: 1,
      dose: { rate: { value: 1, unit: 'mg/kg/min' } },
    });
    expect([q(p.bag.additives[0]?.volume), q(p.bag.additives[0]?.amount), p.bag.additives[0]?.containers]).toEqual(['742.8 mL', '37.14 g', null]);
    expect([q(p.pump.rate), q(p.pump.duration)]).toEqual(['89.1 mL/h', '500.20202 min']);
  });

  it('Jann, 50 kg woman 160 cm at risk: actual weight, one 20 g vial, start rate within the at-risk maximum', () => {
    // IBW = 45.5 + 2.3 x (160 / 2.54 - 60) = 45.5 + 2.3 x 2.992126 = 52.381890 kg > 50 kg, so actual 50 kg.
    // 0.4 x 50 = 20 g: 2.5 g x 8, 5 g x 4, 10 g x 2 and 20 g x 1 all exact: 20 g x 1 is fewest.
    // Start 0.5 mg/kg/min (below the at-risk maximum 2): 0.5 x 50 x 60 = 1500 mg/h / 100 = 15 mL/h;
    // 200 mL / 15 mL/h = 13.333333 h = 800 min.
    const p = plan({
      patient: { weight: { value: 50, unit: 'kg' }, height: { value: 160, unit: 'cm' }, sex: 'female', risks: ['renal-impairment'] },
      protocol: 'ivig-dpn-jann-2020',
      session: 3,
      acknowledgements: [{ code: 'weight_unusual', reason: 'weighed today' }],
    });
    expect([q(p.dosingWeight.value), p.dosingWeight.basis]).toEqual(['50 kg', 'actual']);
    expect([p.bag.additives[0]?.product.id, p.bag.additives[0]?.containers]).toEqual(['immune-globulin-privigen-10pct-20g-200ml', 1]);
    expect([q(p.pump.rate), q(p.pump.duration), p.status]).toEqual(['15 mL/h', '800 min', 'ready']);
  });

  it('LIPS, 120 kg man 190 cm: adjusted weight, 2 mg/kg/min', () => {
    // IBW = 50 + 2.3 x (190 / 2.54 - 60) = 50 + 2.3 x 14.803150 = 84.047244 kg;
    // AdjBW = 84.047244 + 0.4 x (120 - 84.047244) = 98.428346 kg; 0.5 g/kg = 49.214173 g
    //   = 984.283465 mL of 50 mg/mL -> 984.3 mL = 49.215 g.
    // 2 x 98.428346 x 60 = 11811.401575 mg/h / 50 = 236.228031 -> 236.2 mL/h; 984.3 / 236.2 h = 250.033870 min.
    const p = plan({
      patient: { weight: { value: 120, unit: 'kg' }, height: { value: 190, unit: 'cm' }, sex: 'male' },
      protocol: 'ivig-crps-lips-goebel-2014',
      session: 2,
      dose: { rate: { value: 2, unit: 'mg/kg/min' } },
      acknowledgements: [{ code: 'height_unusual', reason: 'measured' }],
    });
    expect([q(p.dosingWeight.value), p.dosingWeight.basis]).toEqual(['98.428346 kg', 'adjusted']);
    expect([q(p.bag.additives[0]?.volume), q(p.bag.additives[0]?.amount)]).toEqual(['984.3 mL', '49.215 g']);
    expect([q(p.pump.rate), q(p.pump.duration)]).toEqual(['236.2 mL/h', '250.03387 min']);
  });

  it('LIPS needs the clinician rate (no ramp in the data)', () => {
    const r = planInfusion({ patient: { weight: { value: 80, unit: 'kg' }, ...male175 }, protocol: 'ivig-crps-lips-goebel-2014', session: 1 });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['dose_required@dose.rate']);
  });
});
