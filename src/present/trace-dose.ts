/** Trace steps for the titration decision, the dose parameters, the ordered dose and its caps. */
import { type Dec, minDec } from '../decimal/index.js';
import type { Protocol } from '../catalogue/types.js';
import type { OrderedDose, ResolvedParam } from '../stages/dose.js';
import type { TraceStep } from '../types/plan.js';
import type { TitrationDecision } from '../catalogue/titration.js';
import { MEASURE_BASE_UNIT } from '../units/measure.js';
import { quantity } from '../units/quantity.js';

/** The titration decision from the earlier sessions. */
export function titrationStep(titration: TitrationDecision, earlier: number): TraceStep {
  return {
    step: 'titration',
    description: `Titration from ${earlier} earlier session(s): ${titration.decision} (${titration.rule})`,
    inputs: titration.lastDose ? { lastDose: titration.lastDose } : {},
    result: titration.dose ?? 'no dose',
  };
}

/** One dose parameter as stated and in its base unit. */
export function paramStep(r: ResolvedParam): TraceStep {
  return {
    step: `dose.${r.name}`,
    description: `${r.name} from the ${r.from}`,
    inputs: { stated: quantity(r.stated.value, r.stated.unit) },
    result: quantity(r.base, MEASURE_BASE_UNIT[r.measure]),
  };
}

/** A loading dose in mg, over its own duration. */
export function loadingStep(lt: ResolvedParam, durationH: Dec, perKg: boolean, W: Dec, mg: Dec): TraceStep {
  return {
    step: 'dose.loading',
    description: `Loading dose from the ${lt.from}, over ${quantity(durationH.mul(60), 'min').value} min`,
    formula: perKg ? 'mg = mg/kg x kg' : 'mg',
    inputs: { stated: quantity(lt.stated.value, lt.stated.unit), dosingWeight: quantity(W, 'kg') },
    result: quantity(mg, 'mg'),
  };
}

const REGIMEN_FORMULA: Record<Protocol['regimen'], string> = {
  'rate-duration': 'mg = mg/h x h; mg/h = mg/kg/h x kg for a per-kg rate',
  'total-duration': 'mg/h = mg / h; mg = mg/kg x kg for a per-kg dose',
  'total-rate': 'h = mg / (mg/h); mg = mg/kg x kg, mg/h = mg/kg/h x kg for per-kg values',
};

/** The ordered dose: rate, duration and total, with the derived one named. */
export function orderedStep(regimen: Protocol['regimen'], derived: string, W: Dec, ordered: OrderedDose): TraceStep {
  return {
    step: 'dose.ordered',
    description: `Ordered dose (${regimen}; ${derived} derived)`,
    formula: REGIMEN_FORMULA[regimen],
    inputs: { dosingWeight: quantity(W, 'kg') },
    result: `${quantity(ordered.rateMgH, 'mg/h').value} mg/h for ${quantity(ordered.durationH, 'h').value} h = ${quantity(ordered.totalMg, 'mg').value} mg`,
  };
}

/** A protocol cap and whether it bound. */
export function capStep(c: OrderedDose['caps'][number]): TraceStep {
  const unit = c.measure.startsWith('dose-rate') ? 'mg/h' : 'mg';
  return {
    step: `cap.${c.cap.id}`,
    description: c.bound ? `Protocol cap ${c.cap.value} ${c.cap.unit} binds` : `Protocol cap ${c.cap.value} ${c.cap.unit} does not bind`,
    formula: 'capped = min(uncapped, cap)',
    inputs: { uncapped: quantity(c.uncapped, unit), cap: quantity(c.limit, unit) },
    result: quantity(minDec(c.uncapped, c.limit), unit),
  };
}
