/**
 * Protocol features the dose stage reads: a product's label rate ramp in mg/kg/min, and the
 * container volume and overfill chosen for the bag.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Product } from '../catalogue/types.js';
import type { ExactProduct, ExactProtocol, RampInForce } from '../prepare/exact.js';
import type { PreparedProtocol } from '../prepare/protocol.js';
import type { PlanInput } from '../schema/input.js';
import { mLPer } from '../units/index.js';
import { isAtRateRisk, patientRiskSet } from '../patient/risks.js';

export type { RampInForce } from '../prepare/exact.js';

/** The product whose label ramp sets the rate (the first product the plan would use), with its ramp. */
export interface LabelRamp {
  readonly product: Product & { readonly ramp: NonNullable<Product['ramp']> };
  readonly ramp: RampInForce;
  readonly atRisk: boolean;
}

/** The label ramp in force, when the plan's first product has one. */
export function labelRampOf(p: PreparedProtocol, input: PlanInput): LabelRamp | undefined {
  const firstProductId = input.preparation.product ?? p.protocol.preparation.products[0];
  const product = p.agent.products.find((x) => x.id === firstProductId && x.ramp !== undefined);
  const ramps = product && (p.exact.products.get(product) as ExactProduct).ramp;
  if (!product || !ramps) return undefined;
  // Only thrombosis and renal risk lower the label's rate; a hepatic state does not.
  const atRisk = isAtRateRisk(patientRiskSet(input.patient.risks));
  return { product: product as LabelRamp['product'], ramp: atRisk ? ramps.atRisk : ramps.usual, atRisk };
}

/** The bag's container volume and overfill in mL: the input's choice, else the protocol's. */
export interface ContainerChoice {
  readonly containerMl: Dec | undefined;
  readonly overfill: { readonly ml: Dec; readonly stated: boolean };
}

/** The container volume and overfill in mL. */
export function containerChoice(input: PlanInput, exact: ExactProtocol): ContainerChoice {
  const prep = input.preparation;
  const containerMl = prep.containerVolume ? prep.containerVolume.value.mul(mLPer(prep.containerVolume.unit)) : exact.containerMl;
  const overfill = prep.overfill ? { ml: prep.overfill.value.mul(mLPer(prep.overfill.unit)), stated: true } : { ml: dec(0), stated: false };
  return { containerMl, overfill };
}
