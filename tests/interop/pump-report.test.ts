/**
 * Issue 14 item 3: a simulated pump report (PCD-01 observation content) -> fromPumpReport ->
 * verifyAdministration. The reports are written by hand here, as a pump would send them; the
 * expected findings are worked from the plan's numbers in each test's comment.
 */
import { describe, expect, it } from 'vitest';
import { fromPumpReport, planInfusion, verifyAdministration, type Plan } from '../support/untyped.js';
import { PROTOCOL_INPUTS } from './protocol-inputs.js';

function planOf(id: string): Plan {
  const r = planInfusion(PROTOCOL_INPUTS[id]);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

const MG_PER_ML = '264306^MDC_DIM_MILLI_G_PER_ML^MDC';
const ML_PER_H = '265266^MDC_DIM_MILLI_L_PER_HR^MDC';
const MG_PER_H = '265522^MDC_DIM_MILLI_G_PER_HR^MDC';

/** A PCD-01 report of one infusion channel: drug, concentration, rate (value and unit), dose rate, VTBI, volume delivered. */
function report(o: { rate: string; rateUnit?: string; conc?: string; dose?: string; step?: string; extra?: string[] }): string {
  return [
    'MSH|^~\\&|PUMP-GW|ICU|||20260105100000||ORU^R01^ORU_R01|R1|P|2.6|||NE|AL||UNICODE UTF-8|||IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO',
    'PID|||PATIENT-1^^^^MR',
    'OBR|1|||69986^MDC_DEV_PUMP_INFUS_VMD^MDC',
    'OBX|1|ST|184330^MDC_DRUG_NAME_TYPE^MDC|1.1.1.1|Ketamine||||||R',
    `OBX|2|NM|0^MDC_CONC_DRUG^MDC|1.1.1.2|${o.conc ?? '0.98'}|${MG_PER_ML}|||||R`,
    `OBX|3|NM|157784^MDC_FLOW_FLUID_PUMP^MDC|1.1.1.3|${o.rate}|${o.rateUnit ?? ML_PER_H}|||||R`,
    `OBX|4|NM|157804^MDC_FLOW_DRUG_DELIV^MDC|1.1.1.4|${o.dose ?? '24.5'}|${MG_PER_H}|||||R`,
    'OBX|5|NM|0^MDC_VOL_FLUID_TBI^MDC|1.1.1.5|100|263762^MDC_DIM_MILLI_L^MDC|||||R',
    'OBX|6|NM|157864^MDC_VOL_FLUID_DELIV^MDC|1.1.1.6|12.5|263762^MDC_DIM_MILLI_L^MDC|||||R',
    ...(o.step !== undefined ? [`OBX|7|NM|0^MDCX_INFUS_ORDER_STEP_NUM^MDC|1.1.1.7|${o.step}||||||R`] : []),
    ...(o.extra ?? []),
  ].join('\r');
}

function verified(text: string, plan?: Plan) {
  const r = fromPumpReport(text, plan);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const v = verifyAdministration(r.reading.administration);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return { reading: r.reading, check: v.result };
}

describe('fromPumpReport -> verifyAdministration against the Schwartzman plan (70 kg: 98 mg in 100 mL, 0.98 mg/mL, 25 mL/h = 24.5 mg/h)', () => {
  const plan = planOf('ketamine-crps-schwartzman-2009');

  it('a pump running the plan: match', () => {
    // 25 mL/h x 0.98 mg/mL = 24.5 mg/h = the order.
    const { reading, check } = verified(report({ rate: '25' }), plan);
    expect(reading.administration.pumpRate).toEqual({ value: '25', unit: 'mL/h' });
    expect(reading.administration.order).toEqual({
      agent: 'ketamine',
      doseRate: { value: '24.5', unit: 'mg/h' },
      concentration: { value: '0.98', unit: 'mg/mL' },
    });
    expect([reading.drug, reading.step, reading.volumeToBeInfused, reading.volumeDelivered]).toEqual([
      'Ketamine',
      1,
      { value: '100', unit: 'mL' },
      { value: '12.5', unit: 'mL' },
    ]);
    expect(check.status).toBe('match');
  });

  it('a tenfold rate (250 mL/h): tenfold_high, stop', () => {
    // 250 mL/h x 0.98 mg/mL = 245 mg/h = 10 x 24.5 mg/h.
    const { check } = verified(report({ rate: '250' }), plan);
    expect(check.findings.map((f) => f.code)).toContain('tenfold_high');
    expect(check.status).toBe('stop');
  });

  it('the wrong field: the dose (24.5) in the rate field with a dose unit (mg/h): wrong_field, stop', () => {
    const { check } = verified(report({ rate: '24.5', rateUnit: MG_PER_H }), plan);
    expect(check.findings.map((f) => f.code)).toContain('wrong_field');
    expect(check.status).toBe('stop');
  });

  it('the wrong field: the dose number typed as mL/h (24.5 mL/h x 0.98 = 24.01 mg/h, 2% under): wrong_field', () => {
    const { check } = verified(report({ rate: '24.5' }), plan);
    expect(check.findings.map((f) => f.code)).toContain('wrong_field');
  });

  it('a pump programmed with another concentration (9.8 mg/mL, tenfold): caught', () => {
    // 25 mL/h x 9.8 mg/mL = 245 mg/h; and 9.8 is not the bag's 0.98 mg/mL.
    const { check } = verified(report({ rate: '25', conc: '9.8' }), plan);
    expect(check.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['tenfold_high', 'concentration_mismatch']));
  });
});

describe('fromPumpReport: without a plan, and what it refuses', () => {
  const codes = (r: ReturnType<typeof fromPumpReport>): string[] => (r.ok ? [] : r.issues.map((i) => i.code));

  it('without a plan the order is the dose rate the pump reports: its own consistency is checked', () => {
    // 25 mL/h x 0.98 mg/mL = 24.5 mg/h = the reported dose rate; 250 mL/h would be 245 mg/h against 24.5.
    const weight = 'OBX|8|NM|68063^MDC_ATTR_PT_WEIGHT^MDC|1.0.0.1|70|263875^MDC_DIM_KILO_G^MDC|||||R';
    expect(verified(report({ rate: '25', extra: [weight] })).check.status).toBe('match');
    expect(verified(report({ rate: '250', extra: [weight] })).check.findings.map((f) => f.code)).toContain('tenfold_high');
    expect(codes(fromPumpReport(report({ rate: '25' })))).toEqual(['pump_report_observation_missing']);
  });

  it('a multistep plan needs the step the pump runs; with it, that step is the order', () => {
    const plan = planOf('dexmedetomidine-procedural-label');
    expect(codes(fromPumpReport(report({ rate: '25' }), plan))).toEqual(['pump_report_step_required']);
    const r = fromPumpReport(report({ rate: '25', step: '2' }), plan);
    expect(r.ok && r.reading.administration.order.doseRate).toEqual(plan.pump.segments[1]?.doses[0]?.doseRate);
  });

  it('refuses a missing rate, a number that is not plain, a unit it does not know, and a code that contradicts the reference id', () => {
    const plan = planOf('ketamine-crps-schwartzman-2009');
    const noRate = report({ rate: '25' })
      .split('\r')
      .filter((l) => !l.includes('MDC_FLOW_FLUID_PUMP'))
      .join('\r');
    expect(codes(fromPumpReport(noRate, plan))).toEqual(['pump_report_observation_missing']);
    expect(codes(fromPumpReport(report({ rate: '2.5e1' }), plan))).toEqual(['not_plain_decimal']);
    expect(codes(fromPumpReport(report({ rate: '25', rateUnit: '999^MDC_DIM_FURLONG^MDC' }), plan))).toEqual(['unknown_unit']);
    expect(codes(fromPumpReport(report({ rate: '25' }).replace('157784^MDC_FLOW_FLUID_PUMP', '157804^MDC_FLOW_FLUID_PUMP'), plan))).toEqual([
      'pump_report_invalid',
      'pump_report_observation_missing',
    ]);
    expect(codes(fromPumpReport(42 as never))).toEqual(['invalid_type']);
  });
});
