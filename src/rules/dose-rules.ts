/**
 * Rules on the dose parameters: the label's maximum rate, the creatinine-clearance band, a
 * clinician's dose above the titration engine's, and how the history fits the session asked for.
 */
import type { Dec } from '../decimal/index.js';
import type { ClearanceBands, Product } from '../catalogue/types.js';
import type { ExactBand } from '../prepare/exact.js';
import type { Check } from '../types/plan.js';
import type { TitrationDecision } from '../catalogue/titration.js';
import { quantity } from '../units/quantity.js';

/** A clinician's rate against the label's maximum (the at-risk maximum for a patient at risk). */
export function labelMaximumCheck(rateMgKgH: Dec, maxMgKgMin: Dec, product: Product, source: NonNullable<Product['ramp']>['source'], atRisk: boolean): Check {
  const maxBase = maxMgKgMin.mul(60);
  const within = rateMgKgH.lte(maxBase);
  return {
    code: 'rate_above_label_maximum',
    rule: `${product.id}.ramp.max`,
    severity: 'hard',
    passed: within,
    observed: quantity(rateMgKgH.div(60), 'mg/kg/min'),
    limit: quantity(maxMgKgMin, 'mg/kg/min'),
    source,
    message: `The rate ${within ? 'is within' : 'is above'} the label's maximum of ${quantity(maxMgKgMin, 'mg/kg/min').value} mg/kg/min for ${product.name}${atRisk ? ' in a patient at risk of thrombosis or renal injury' : ''}.`,
  };
}

/** The first band (bounds in mL/min, read when the protocol was prepared) a creatinine clearance falls in, if any. */
export function bandFor(bands: readonly ExactBand[], crcl: Dec): ExactBand | undefined {
  return bands.find(
    ({ band: b, min, max }) =>
      (min === undefined || (b.minExclusive ? crcl.gt(min) : crcl.gte(min))) && (max === undefined || (b.maxInclusive ? crcl.lte(max) : crcl.lt(max))),
  );
}

/** The creatinine-clearance band: a dose, or (hard) a band where the product is not recommended. */
export function clearanceBandCheck(bands: ClearanceBands, crcl: Dec, exact: ExactBand | undefined): Check {
  const crclText = quantity(crcl, 'mL/min').value;
  const band = exact?.band;
  return {
    code: 'clearance_band',
    rule: 'protocol.clearance-bands',
    severity: 'hard',
    passed: band?.dose !== undefined,
    observed: quantity(crcl, 'mL/min'),
    ...(exact?.max !== undefined ? { limit: quantity(exact.max, 'mL/min') } : exact?.min !== undefined ? { limit: quantity(exact.min, 'mL/min') } : {}),
    source: bands.source,
    message:
      band?.dose !== undefined
        ? `Creatinine clearance ${crclText} mL/min gives a dose of ${band.dose} ${bands.unit}.`
        : `Creatinine clearance ${crclText} mL/min is in a band where this product is not recommended.`,
  };
}

/** A clinician's dose above the titration engine's next dose. */
export function aboveTitrationCheck(
  stated: { value: Dec; unit: string },
  titration: TitrationDecision & { dose: NonNullable<TitrationDecision['dose']> },
): Check {
  return {
    code: 'dose_above_titration',
    rule: titration.rule,
    severity: 'soft',
    passed: false,
    observed: quantity(stated.value, stated.unit),
    limit: titration.dose,
    message: `The chosen dose is above the titration engine's next dose (${titration.dose.value} ${titration.dose.unit}: ${titration.reason}); acknowledge with a reason.`,
  };
}

/** The session asked for is not the one after the history's sessions of this protocol. */
export function sessionMismatchCheck(session: number, earlier: number): Check {
  return {
    code: 'session_number_mismatch',
    rule: 'titration.session',
    severity: 'soft',
    passed: false,
    message: `Session ${session} was asked for, but the history holds ${earlier} earlier session(s) of this protocol; check the record and acknowledge.`,
  };
}

/** The history holds sessions of a protocol with no titration rule: they do not change the dose. */
export function historyNotUsedCheck(): Check {
  return {
    code: 'history_not_used',
    rule: 'titration.none',
    severity: 'info',
    passed: false,
    message: 'This protocol has no titration rule: the earlier sessions do not change the dose.',
  };
}
