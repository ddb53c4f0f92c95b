// Issue 16 item 1 (src/pipeline/titration-step.ts:44, found reviewing its Stryker survivors): catalogue
// validation accepts a titration rule whose `param` names a dose parameter the protocol does not state
// (the schema allows 'rate' or 'total' on any protocol). Before the fix the step threw, and every plan
// of that protocol with an earlier session ended in internal_error; now it is refused with a coded
// issue at the parameter the rule names. No built-in protocol has this shape.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, createCalculator } from '../support/untyped.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const SANACORA = 'ketamine-depression-sanacora-2017';
const patient = { weight: { value: 70, unit: 'kg' } };

// An institution copy of Sanacora 2017 (a total-duration regimen: it states a total and a duration,
// no rate) whose titration rule titrates the rate, with its step in mg/kg/h.
function rateRuleOnTotalProtocol() {
  const cat = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Json;
  const p = cat['protocols'].find((x: Json) => x['id'] === SANACORA);
  p.titration = { ...p.titration, param: 'rate', step: { ...p.titration.step, unit: 'mg/kg/h' } };
  const calc = createCalculator(cat);
  expect(calc.ok, calc.ok ? '' : JSON.stringify(calc.issues)).toBe(true);
  return calc.ok ? calc.calculator : undefined;
}

const session1 = { date: '2026-03-02', protocol: SANACORA, session: 1, given: { total: { value: 0.5, unit: 'mg/kg' } }, reliefPercent: 10, completed: true };

describe('a titration rule on a parameter the protocol does not state', () => {
  it('with an earlier session: refused as titration_rule_invalid at ["protocol", "rate"], not an internal error', () => {
    const r = rateRuleOnTotalProtocol()?.planInfusion({ patient, protocol: SANACORA, session: 2, date: '2026-03-04', history: [session1] });
    expect(r?.ok).toBe(false);
    // Template (titration-step.ts): "The titration rule titrates the <param>, but protocol <id> states no <param>,
    // so no dose can be titrated. Give the protocol a <param> or the rule another parameter."
    expect(r && !r.ok ? r.issues : []).toEqual([
      {
        code: 'titration_rule_invalid',
        path: ['protocol', 'rate'],
        message:
          'The titration rule titrates the rate, but protocol ketamine-depression-sanacora-2017 states no rate, so no dose can be titrated. Give the protocol a rate or the rule another parameter.',
      },
    ]);
  });

  it('without history the titration step decides nothing, so the first session is planned as before', () => {
    const r = rateRuleOnTotalProtocol()?.planInfusion({ patient, protocol: SANACORA, session: 1 });
    expect(r?.ok, r?.ok ? '' : JSON.stringify(r?.issues)).toBe(true);
  });
});
