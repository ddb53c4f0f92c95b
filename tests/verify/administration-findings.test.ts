// verifyAdministration's findings word for word (src/verify/administration-findings.ts): code,
// severity, path, fold and message for each kind, on the ISMP lidocaine bag (1000 mg in 100 mL =
// 10 mg/mL) against an order of 41.7 mg/h, whose right pump rate is 41.7 / 10 = 4.17 mL/h.
import { describe, expect, it } from 'vitest';
import { verifyAdministration } from '../support/untyped.js';

const lidocaine = { agent: 'lidocaine', doseRate: { value: 41.7, unit: 'mg/h' } };
const check = (pumpRate: { value: number; unit: string }, bagAgent = 'lidocaine') => {
  const r = verifyAdministration({
    bag: { ingredients: [{ agent: bagAgent, amount: { value: 1000, unit: 'mg' } }], finalVolume: { value: 100, unit: 'mL' } },
    pumpRate,
    patient: { weight: { value: 70, unit: 'kg' } },
    order: lidocaine,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { status: r.result.status, findings: r.result.findings };
};
const STOP = 'stop and re-check the rate and the bag.';

describe('verifyAdministration findings, word for word', () => {
  it('the wrong bag: no lidocaine in a ketamine bag', () => {
    expect(check({ value: 4.17, unit: 'mL/h' }, 'ketamine')).toEqual({
      status: 'stop',
      findings: [
        {
          code: 'agent_not_in_bag',
          severity: 'hard',
          path: ['bag', 'ingredients'],
          message: 'The bag lists no lidocaine: the patient receives none of the ordered agent. Check that the right bag is hung.',
        },
      ],
    });
  });

  it('the dose typed in the rate field with its unit: the pump runs 41.7 mL/h = 417 mg/h, 10 times the order', () => {
    expect(check({ value: 41.7, unit: 'mg/h' })).toEqual({
      status: 'stop',
      findings: [
        {
          code: 'wrong_field',
          severity: 'hard',
          path: ['pumpRate', 'unit'],
          message: "A dose (41.7) was entered in the pump's rate field, which the pump reads as 41.7 mL/h. Enter the rate in mL/h.",
        },
        { code: 'tenfold_high', severity: 'hard', factor: '10', message: `The patient would receive 10 times the ordered dose (about 10-fold): ${STOP}` },
      ],
    });
  });

  it("the dose's number typed as mL/h", () => {
    expect(check({ value: 41.7, unit: 'mL/h' }).findings[0]).toEqual({
      code: 'wrong_field',
      severity: 'hard',
      path: ['pumpRate', 'value'],
      message: "The pump rate 41.7 mL/h is the ordered dose's number (41.7 mg/h), not the rate in mL/h.",
    });
  });

  it('1.5 mL/h = 15 mg/h: 15 / 41.7 = 0.359712, about 1/2.8 (41.7 / 15 = 2.78): hard', () => {
    expect(check({ value: 1.5, unit: 'mL/h' })).toEqual({
      status: 'stop',
      findings: [
        {
          code: 'dose_mismatch_large',
          severity: 'hard',
          factor: '2.8',
          message: `The patient would receive 15 mg/h, 1/2.8 of the 41.7 mg/h ordered (ratio 0.359712): ${STOP}`,
        },
      ],
    });
  });

  it('20.85 mL/h = 208.5 mg/h: 208.5 / 41.7 = 5 times the order, short of tenfold: hard', () => {
    expect(check({ value: 20.85, unit: 'mL/h' })).toEqual({
      status: 'stop',
      findings: [
        {
          code: 'dose_mismatch_large',
          severity: 'hard',
          factor: '5',
          message: `The patient would receive 208.5 mg/h, 5 times the 41.7 mg/h ordered (ratio 5): ${STOP}`,
        },
      ],
    });
  });

  it('4170 mL/h = 41,700 mg/h, 1000 times the order: tenfold and a mcg/mg mix-up, both hard', () => {
    expect(check({ value: 4170, unit: 'mL/h' })).toEqual({
      status: 'stop',
      findings: [
        { code: 'tenfold_high', severity: 'hard', factor: '1000', message: `The patient would receive 1000 times the ordered dose (about 1000-fold): ${STOP}` },
        {
          code: 'unit_mix_up',
          severity: 'hard',
          message: 'The delivered dose is about 1000 times the order: mcg and mg are likely confused (in the bag label, the order or the pump).',
        },
      ],
    });
  });

  it('0.00417 mL/h = 0.0417 mg/h, 1/1000 of the order', () => {
    expect(check({ value: 0.00417, unit: 'mL/h' })).toEqual({
      status: 'stop',
      findings: [
        { code: 'tenfold_low', severity: 'hard', factor: '1000', message: `The patient would receive 0.001 of the ordered dose (about 1/1000): ${STOP}` },
        {
          code: 'unit_mix_up',
          severity: 'hard',
          message: 'The delivered dose is about 1/1000 of the order: mcg and mg are likely confused (in the bag label, the order or the pump).',
        },
      ],
    });
  });

  it('4.5 mL/h = 45 mg/h: 45 / 41.7 = 1.079137, beyond the tolerance but under twice: soft, for review', () => {
    // Tolerance: half a 0.1 mL/h pump step x 10 mg/mL = 0.5 mg/h; 0.5 / 41.7 = 1.199041% of the order.
    expect(check({ value: 4.5, unit: 'mL/h' })).toEqual({
      status: 'review',
      findings: [{ code: 'dose_mismatch', severity: 'soft', message: 'Delivered 45 mg/h against 41.7 mg/h ordered (ratio 1.079137; tolerance 1.199041%).' }],
    });
  });

  it('4.17 mL/h: the order exactly, a match', () => {
    expect(check({ value: 4.17, unit: 'mL/h' })).toEqual({
      status: 'match',
      findings: [{ code: 'match', severity: 'info', message: 'The dose from the bag and the pump rate agrees with the order.' }],
    });
  });
});
