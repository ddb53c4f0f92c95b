/**
 * Protocol features the dose stage reads: a product's label rate ramp in mg/kg/min, and the
 * container volume and overfill chosen for the bag.
 */
import { type Dec, dec, minDec } from '../decimal/index.js';
import type { Product, Protocol } from '../catalogue/types.js';
import type { PlanInput } from '../schema/input.js';
import { mLPer } from '../units/index.js';
import { isAtRateRisk, patientRiskSet } from '../patient/risks.js';

/** A label ramp in mg/kg/min: start, steps and the maximum that applies. */
export interface RampInForce {
  readonly start: Dec;
  readonly steps: Dec[];
  readonly max: Dec;
  readonly everyH: Dec;
}

/** A label ramp in mg/kg/min: start, steps and the maximum that applies (the at-risk one when at risk). */
function rampInMgPerKgMin(ramp: NonNullable<Product['ramp']>, strengthMgPerMl: Dec, atRisk: boolean): RampInForce {
  // mg/kg/min from mL/kg/min x mg/mL; per hour / 60.
  const toMgKgMin = (v: string) => {
    const x = dec(v);
    const perMin = ramp.unit.endsWith('/h') ? x.div(60) : x;
    return ramp.unit.startsWith('mL') ? perMin.mul(strengthMgPerMl) : perMin;
  };
  const max = toMgKgMin(atRisk && ramp.maxAtRisk !== undefined ? ramp.maxAtRisk : ramp.max);
  const start = minDec(toMgKgMin(ramp.start), max);
  return { start, steps: ramp.steps.map(toMgKgMin).filter((s) => s.gt(start) && s.lt(max)), max, everyH: dec(ramp.everyMinutes).div(60) };
}

/** The product whose label ramp sets the rate (the first product the plan would use), with its ramp. */
export interface LabelRamp {
  readonly product: Product & { readonly ramp: NonNullable<Product['ramp']> };
  readonly ramp: RampInForce;
  readonly atRisk: boolean;
}

/** The label ramp in force, when the plan's first product has one. */
export function labelRampOf(products: readonly Product[], protocol: Protocol, input: PlanInput): LabelRamp | undefined {
  const firstProductId = input.preparation.product ?? protocol.preparation.products[0];
  const product = products.find((p) => p.id === firstProductId && p.ramp !== undefined);
  if (!product?.ramp) return undefined;
  // Only thrombosis and renal risk lower the label's rate; a hepatic state does not.
  const atRisk = isAtRateRisk(patientRiskSet(input.patient.risks));
  return { product: product as LabelRamp['product'], ramp: rampInMgPerKgMin(product.ramp, dec(product.strength.value), atRisk), atRisk };
}

/** The bag's container volume and overfill in mL: the input's choice, else the protocol's. */
export interface ContainerChoice {
  readonly containerMl: Dec | undefined;
  readonly overfill: { readonly ml: Dec; readonly stated: boolean };
}

/** The container volume and overfill in mL. */
export function containerChoice(input: PlanInput, protocol: Protocol): ContainerChoice {
  const prep = input.preparation;
  const containerMl = prep.containerVolume
    ? prep.containerVolume.value.mul(mLPer(prep.containerVolume.unit))
    : protocol.preparation.containerVolume !== undefined
      ? dec(protocol.preparation.containerVolume)
      : undefined;
  const overfill = prep.overfill ? { ml: prep.overfill.value.mul(mLPer(prep.overfill.unit)), stated: true } : { ml: dec(0), stated: false };
  return { containerMl, overfill };
}
