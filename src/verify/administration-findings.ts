/**
 * verifyAdministration's findings, one function per family: the wrong-field entry, the tenfold
 * slips, the large (twofold or more) deviations, the mcg/mg mix-up, any other dose deviation, the
 * concentration and the missing agent. Each reads the input as parsed and the backward
 * calculation, and returns its finding or none.
 */
import { type Dec, dec, toPlainString } from '../decimal/index.js';
import { doseUnitCode } from '../units/index.js';
import { type Backward, RELATIVE_FLOOR, fromMgPerHour, inOrderMassPerHour } from './administration-backward.js';
import type { Parsed } from './administration-parse.js';
import type { AdministrationCheck, AdministrationFinding } from './administration-types.js';

/** "About 1000": a ratio within a factor of 2 of 1000 (or of 0.001) reads as mcg vs mg. */
const MIX_UP_BAND = dec('2');
const THOUSAND = dec('1000');
const TEN = dec('10');
/** The least margin below 10x (above 1/10) that still counts as a tenfold slip. */
const TENFOLD_MARGIN = dec('0.1');
/**
 * Twice the order or more, or half of it or less, is no rounding and no acceptable review item:
 * hard (issue 11 item 7). A delivered dose rate that doubles or halves the order is a harm-level
 * error whatever its cause; the measurement tolerance (at most a few percent) never comes close.
 */
const LARGE_HIGH = dec('2');
const LARGE_LOW = dec('0.5');
/** From this fold up, the fold is reported as a whole number; below it, to one decimal place. */
const WHOLE_FOLD_FROM = dec('10');

/** The ratios from which a deviation is named a tenfold slip: at least `high`, at most `low`. */
interface TenfoldBand {
  readonly high: Dec;
  readonly low: Dec;
}

/** Every finding, in the order they are reported; `match` alone when nothing else is found. */
export function findFindings(p: Parsed, b: Backward): AdministrationFinding[] {
  const findings = b.inBag ? findRateFindings(p, b) : [findAgentNotInBag(p.order.agent)];
  const concentration = findConcentrationMismatch(p.order, b);
  if (concentration !== null) findings.push(concentration);
  if (findings.length === 0) {
    findings.push({ code: 'match', severity: 'info', message: 'The dose from the bag and the pump rate agrees with the order.' });
  }
  return findings;
}

/** `stop` when a hard finding fired, `review` for soft ones only, `match` when all agrees. */
export function statusOf(findings: readonly AdministrationFinding[]): AdministrationCheck['status'] {
  return findings.some((f) => f.severity === 'hard') ? 'stop' : findings.some((f) => f.severity === 'soft') ? 'review' : 'match';
}

function findAgentNotInBag(agent: string): AdministrationFinding {
  return {
    code: 'agent_not_in_bag',
    // The wrong bag is hanging: as serious as a tenfold slip.
    severity: 'hard',
    path: ['bag', 'ingredients'],
    message: `The bag lists no ${agent}: the patient receives none of the ordered agent. Check that the right bag is hung.`,
  };
}

/** The findings about the delivered dose, when the bag holds the ordered agent. */
function findRateFindings(p: Parsed, b: Backward): AdministrationFinding[] {
  const band = tenfoldBand(b.tol);
  const found = [findWrongField(p, b), findTenfold(b.ratio, band), findLargeMismatch(p, b, band), findUnitMixUp(b.ratio), findDoseMismatch(p, b)];
  return found.filter((f): f is AdministrationFinding => f !== null);
}

/** Wrong field: a dose unit in the rate field, or the ordered dose's number typed as mL/h. */
function findWrongField({ pump, order }: Parsed, b: Backward): AdministrationFinding | null {
  if (pump.kind === 'dose') {
    return {
      code: 'wrong_field',
      severity: 'hard',
      path: ['pumpRate', 'unit'],
      message: `A dose (${toPlainString(pump.typed)}) was entered in the pump's rate field, which the pump reads as ${toPlainString(pump.mLh)} mL/h. Enter the rate in mL/h.`,
    };
  }
  if (!isTypedLikeDose(pump.typed, order, b) || isTypedLikeRate(pump.typed, order, b) || b.agrees) return null;
  return {
    code: 'wrong_field',
    severity: 'hard',
    path: ['pumpRate', 'value'],
    message: `The pump rate ${toPlainString(pump.typed)} mL/h is the ordered dose's number (${toPlainString(order.value)} ${doseUnitCode(order.unit)}), not the rate in mL/h.`,
  };
}

/** Whether the typed rate reads as the order's dose number: as written, per hour in its mass unit, or in mg/h. */
function isTypedLikeDose(typed: Dec, order: Parsed['order'], b: Backward): boolean {
  const orderedMassRate = inOrderMassPerHour(b.orderedMgH, order.unit, b.kg);
  return [order.value, orderedMassRate, b.orderedMgH].some((t) => looksLike(typed, t));
}

/** Whether the typed rate reads as the right mL/h for the bag's or the order's concentration. */
function isTypedLikeRate(typed: Dec, order: Parsed['order'], b: Backward): boolean {
  // At 1 mg (or 1 mcg) per mL the dose's number IS the right rate: that is no wrong-field entry.
  const rightRates = [b.concentration, order.concentrationMgMl].flatMap((c) => (c === null || c.isZero() ? [] : [b.orderedMgH.div(c)]));
  return rightRates.some((t) => looksLike(typed, t));
}

/**
 * Tenfold band: 10x (or 1/10) less a margin of max(tol, 10%), so a slip on top of ordinary
 * rounding (pump increment, measurable syringe volume) is still named as the slip it is.
 */
function tenfoldBand(tol: Dec): TenfoldBand {
  const margin = tol.gt(TENFOLD_MARGIN) ? tol : TENFOLD_MARGIN;
  return { high: TEN.mul(dec(1).sub(margin)), low: dec(1).div(TEN).div(dec(1).sub(margin)) };
}

/** A tenfold slip either way, with the fold as measured as its factor. */
function findTenfold(ratio: Dec, band: TenfoldBand): AdministrationFinding | null {
  if (ratio.gte(band.high)) {
    const factor = measuredFold(ratio);
    return {
      code: 'tenfold_high',
      severity: 'hard',
      factor,
      message: `The patient would receive ${toPlainString(ratio)} times the ordered dose (about ${factor}-fold): stop and re-check the rate and the bag.`,
    };
  }
  if (ratio.lte(band.low)) {
    const factor = ratio.isZero() ? null : measuredFold(ratio);
    return {
      code: 'tenfold_low',
      severity: 'hard',
      ...(factor === null ? {} : { factor }),
      message: `The patient would receive ${toPlainString(ratio)} of the ordered dose${factor === null ? '' : ` (about 1/${factor})`}: stop and re-check the rate and the bag.`,
    };
  }
  return null;
}

/**
 * Twice the order or more, or half of it or less, short of a tenfold slip: hard, with the fold as
 * measured. (A tenfold slip is reported by its own code; this covers the 2x to 9x band either way.)
 */
function findLargeMismatch({ order }: Parsed, b: Backward, band: TenfoldBand): AdministrationFinding | null {
  const high = b.ratio.gte(LARGE_HIGH) && b.ratio.lt(band.high);
  const low = b.ratio.lte(LARGE_LOW) && b.ratio.gt(band.low);
  if (!high && !low) return null;
  const factor = measuredFold(b.ratio);
  const orderUnit = doseUnitCode(order.unit);
  const delivered = `${toPlainString(fromMgPerHour(b.deliveredMgH, order.unit, b.kg))} ${orderUnit}`;
  const size = high ? `${factor} times` : `1/${factor} of`;
  return {
    code: 'dose_mismatch_large',
    severity: 'hard',
    factor,
    message: `The patient would receive ${delivered}, ${size} the ${toPlainString(order.value)} ${orderUnit} ordered (ratio ${toPlainString(b.ratio)}): stop and re-check the rate and the bag.`,
  };
}

/** A ratio near 1000 or 1/1000: mcg and mg confused. */
function findUnitMixUp(ratio: Dec): AdministrationFinding | null {
  const nearThousand = ratio.gte(THOUSAND.div(MIX_UP_BAND)) && ratio.lte(THOUSAND.mul(MIX_UP_BAND));
  const nearThousandth = ratio.gte(dec(1).div(THOUSAND).div(MIX_UP_BAND)) && ratio.lte(dec(1).div(THOUSAND).mul(MIX_UP_BAND));
  if (!nearThousand && !nearThousandth) return null;
  return {
    code: 'unit_mix_up',
    severity: 'hard',
    message: `The delivered dose is about ${nearThousand ? '1000 times' : '1/1000 of'} the order: mcg and mg are likely confused (in the bag label, the order or the pump).`,
  };
}

/** Any other deviation beyond the tolerance, inside (0.5, 2) of the order: soft, for review. */
function findDoseMismatch({ order }: Parsed, b: Backward): AdministrationFinding | null {
  if (b.agrees || !b.ratio.gt(LARGE_LOW) || !b.ratio.lt(LARGE_HIGH)) return null;
  const orderUnit = doseUnitCode(order.unit);
  return {
    code: 'dose_mismatch',
    severity: 'soft',
    message: `Delivered ${toPlainString(fromMgPerHour(b.deliveredMgH, order.unit, b.kg))} ${orderUnit} against ${toPlainString(order.value)} ${orderUnit} ordered (ratio ${toPlainString(b.ratio)}; tolerance ${toPlainString(b.tol.mul(100))}%).`,
  };
}

/** The bag's concentration against the one the order names, within 1%. */
function findConcentrationMismatch(order: Parsed['order'], b: Backward): AdministrationFinding | null {
  if (order.concentrationMgMl === null || !b.inBag) return null;
  const off = order.concentrationMgMl.isZero() ? dec(1) : b.concentration.div(order.concentrationMgMl).sub(1).abs();
  if (!off.gt(RELATIVE_FLOOR)) return null;
  return {
    code: 'concentration_mismatch',
    severity: 'soft',
    path: ['order', 'concentration'],
    message: `The bag holds ${toPlainString(b.concentration)} mg/mL of ${order.agent}; the order says ${toPlainString(order.concentrationMgMl)} mg/mL.`,
  };
}

/** Whether `typed` reads as `target` written to the typed number's places (at least one decimal place). */
function looksLike(typed: Dec, target: Dec): boolean {
  if (target.isZero()) return false;
  const places = Math.max(1, typed.decimalPlaces());
  return target.toDecimalPlaces(places).eq(typed.toDecimalPlaces(places));
}

/**
 * The fold as measured (x > 0): delivered / ordered when above the order, ordered / delivered when
 * below it, as a whole number from 10 up and to one decimal place below 10 (half-up), so a 49.2x
 * overdose reads "49" and a 2.35x one "2.4". Never the nearest power of ten: a 49-fold error is
 * not "about 100-fold".
 */
function measuredFold(x: Dec): string {
  const fold = x.gte(1) ? x : dec(1).div(x);
  return toPlainString(fold.toDecimalPlaces(fold.gte(WHOLE_FOLD_FROM) ? 0 : 1));
}
