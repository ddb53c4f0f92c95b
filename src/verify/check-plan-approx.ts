/**
 * Values with an error bound, in base units: mg, mL, h, kg (and their quotients). The interval
 * arithmetic behind checkPlan's tolerance rule (see check-plan.ts): every printed value is off by
 * at most half a unit in its 6th place, and each operation carries that bound forwards.
 */
import { Dec, dec } from '../decimal/index.js';

/** A value and the most it can differ from the exact value, both in base units. */
export interface Approx {
  readonly v: Dec;
  readonly e: Dec;
}

/** Half a unit in the 6th decimal place: the most a printed value is off from the exact one. */
export const HALF_UNIT = dec('0.0000005');
/** The slack for the stated value's own rounding: 2 units in the 6th place of its unit. */
export const STATED_SLACK = dec('0.000002');
export const ZERO: Approx = { v: dec(0), e: dec(0) };

export function add(a: Approx, b: Approx): Approx {
  return { v: a.v.add(b.v), e: a.e.add(b.e) };
}
export function sub(a: Approx, b: Approx): Approx {
  return { v: a.v.sub(b.v), e: a.e.add(b.e) };
}
/** x.y, error |x|.ey + |y|.ex + ex.ey. */
export function mul(a: Approx, b: Approx): Approx {
  return { v: a.v.mul(b.v), e: a.v.abs().mul(b.e).add(b.v.abs().mul(a.e)).add(a.e.mul(b.e)) };
}
/** x/y, error (ex + |x/y|.ey) / (|y| - ey); `null` when y may be zero. */
export function div(a: Approx, b: Approx): Approx | null {
  const room = b.v.abs().sub(b.e);
  if (!room.gt(0)) return null;
  const v = a.v.div(b.v);
  return { v, e: a.e.add(v.abs().mul(b.e)).div(room) };
}

/** A plain string, 6 places half-up, never `-0` and never an exponent (the check's own formatting). */
export function show(x: Dec): string {
  const r = x.toDecimalPlaces(6, Dec.ROUND_HALF_UP);
  return r.isZero() ? '0' : r.toFixed();
}
