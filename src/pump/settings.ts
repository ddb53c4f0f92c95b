/**
 * Pump settings from the made-up container, as ordered segments: each segment's exact rate, its
 * rate rounded to the pump's increment (never across a dose ceiling), its volume and duration.
 * A plain infusion is one segment; a loading dose, fixed-rate phases or a rate ramp make more.
 * Base units: mL, mL/h, h, mg.
 */
import { type Dec, dec, minDec, roundToIncrement } from '../decimal/index.js';
import { type Concentration, type Preparation, amountIn, volumeFor } from '../compounding/prepare.js';
import { type SafeRounding, crossesNewCeiling, roundWithCeiling } from '../compounding/measurable.js';

/** Default rate increment of the pump, mL/h. */
export const DEFAULT_RATE_INCREMENT = '0.1';
/** Resolution of the volume to be infused, mL. */
export const VTBI_INCREMENT = '0.1';

/** What one segment should do, before rounding. */
export interface SegmentSpec {
  readonly kind: 'loading' | 'maintenance' | 'phase';
  /** mL/h before rounding. */
  readonly rateExact: Dec;
  /** mL this segment gives (rounded to the pump's volume resolution), or */
  readonly volumeExact?: Dec;
  /** how long it runs (h); with neither, it runs until the planned volume is given. */
  readonly durationH?: Dec;
  /** Dose-rate ceilings (mg/h) that rounding the rate must not cross. */
  readonly rateCeilingsMgH?: readonly Dec[];
  /** Dose ceilings (mg) that rounding the volume must not cross. */
  readonly doseCeilingsMg?: readonly Dec[];
  /** Shortest durations (h) that rounding the rate up must not undercut. */
  readonly minDurationsH?: readonly Dec[];
}

/** One segment as the pump runs it. */
export interface PumpSegment {
  readonly kind: SegmentSpec['kind'];
  readonly rateExact: Dec;
  readonly rate: SafeRounding;
  readonly volumeExact: Dec;
  readonly volume: SafeRounding | null;
  readonly volumeMl: Dec;
  readonly durationH: Dec;
  readonly doseMg: Dec;
  readonly doseRateMgH: Dec;
}

/** Pump settings in base units. */
export interface PumpPlan {
  readonly segments: readonly PumpSegment[];
  /** The main segment: the last one (maintenance, the last phase). */
  readonly main: PumpSegment;
  readonly vtbiMl: Dec;
  readonly durationH: Dec;
  /** Dose delivered over all segments, mg = sum of mL x mg/mL. */
  readonly deliveredMg: Dec;
  /** Highest dose rate of any segment that is not a loading dose, mg/h. */
  readonly deliveredRateMgH: Dec;
  /** Highest dose rate of any segment, a loading dose included, mg/h. */
  readonly peakRateMgH: Dec;
}

/**
 * Runs segment specs against a container. `budgetMl` is the volume available to infuse; a segment
 * without volume or duration takes what is left. Segments after the budget is used are dropped.
 */
export function runSegments(specs: readonly SegmentSpec[], conc: Concentration, increment: Dec, budgetMl: Dec): PumpPlan {
  const segments: PumpSegment[] = [];
  let remaining = budgetMl;
  for (const spec of specs) {
    if (remaining.lte(0)) break;
    const segment = runSegment(spec, conc, increment, remaining);
    segments.push(segment);
    remaining = remaining.sub(segment.volumeMl);
  }
  return totalSegments(segments);
}

/** One segment with `remainingMl` left in the container: its rounded rate, volume, duration and dose. */
function runSegment(spec: SegmentSpec, conc: Concentration, increment: Dec, remainingMl: Dec): PumpSegment {
  const rounded = roundWithCeiling(spec.rateExact, increment, (r, exact) =>
    crossesNewCeiling(amountIn(r, conc), amountIn(exact, conc), spec.rateCeilingsMgH ?? []),
  );
  const { volumeExact, volume, volumeMl } = segmentVolume(spec, rounded.value, conc, remainingMl);
  const rate = keepMinimumDurations(spec, rounded, volumeMl, increment);
  // h = mL / (mL/h); a zero rate is refused by the pump-range check before it is reported.
  const durationH = rate.value.gt(0) ? volumeMl.div(rate.value) : dec(0);
  return {
    kind: spec.kind,
    rateExact: spec.rateExact,
    rate,
    volumeExact,
    volume,
    volumeMl,
    durationH,
    // mg = mL x mg/mL; mg/h = mL/h x mg/mL
    doseMg: amountIn(volumeMl, conc),
    doseRateMgH: amountIn(rate.value, conc),
  };
}

/** The segment's volume: stated, or its duration at the rounded rate `rateMlH`, or all that is left. */
function segmentVolume(
  spec: SegmentSpec,
  rateMlH: Dec,
  conc: Concentration,
  remainingMl: Dec,
): { volumeExact: Dec; volume: SafeRounding | null; volumeMl: Dec } {
  if (spec.volumeExact !== undefined) {
    // mL to the pump's volume resolution, never past what is left or the segment's dose ceiling.
    const volume = roundWithCeiling(
      spec.volumeExact,
      dec(VTBI_INCREMENT),
      (v, exact) => v.gt(remainingMl) || crossesNewCeiling(amountIn(v, conc), amountIn(exact, conc), spec.doseCeilingsMg ?? []),
    );
    return { volumeExact: spec.volumeExact, volume, volumeMl: minDec(volume.value, remainingMl) };
  }
  if (spec.durationH !== undefined) {
    // mL = mL/h x h, at the rounded rate, limited to what is left.
    const volumeExact = rateMlH.mul(spec.durationH);
    return { volumeExact, volume: null, volumeMl: minDec(volumeExact, remainingMl) };
  }
  return { volumeExact: remainingMl, volume: null, volumeMl: remainingMl };
}

/** Rounding the rate up shortens the infusion: never below a minimum the exact rate respects. */
function keepMinimumDurations(spec: SegmentSpec, rate: SafeRounding, volumeMl: Dec, increment: Dec): SafeRounding {
  const minimums = spec.minDurationsH ?? [];
  if (rate.value.gt(spec.rateExact) && minimums.some((m) => volumeMl.div(rate.value).lt(m) && volumeMl.div(spec.rateExact).gte(m))) {
    return { value: roundToIncrement(spec.rateExact, increment, 'floor'), increment, mode: 'floor', roundedDownForLimit: true };
  }
  return rate;
}

/** The plan over all segments: the main one, the totals, and the highest dose rates. */
function totalSegments(segments: readonly PumpSegment[]): PumpPlan {
  const main = segments[segments.length - 1];
  if (main === undefined) throw new Error('no pump segment: the container holds nothing to infuse');
  const sum = (f: (s: PumpSegment) => Dec) => segments.reduce((a, s) => a.add(f(s)), dec(0));
  const maintenance = segments.filter((s) => s.kind !== 'loading');
  return {
    segments,
    main,
    vtbiMl: sum((s) => s.volumeMl),
    durationH: sum((s) => s.durationH),
    deliveredMg: sum((s) => s.doseMg),
    deliveredRateMgH: maintenance.reduce((m, s) => (s.doseRateMgH.gt(m) ? s.doseRateMgH : m), dec(0)),
    peakRateMgH: segments.reduce((m, s) => (s.doseRateMgH.gt(m) ? s.doseRateMgH : m), dec(0)),
  };
}

/**
 * The single constant-rate segment of a plain infusion. Whole-bag: the whole final volume over the
 * ordered duration. Neat syringe: all of it at the ordered dose rate. Standard concentration: the
 * ordered dose's volume at the ordered dose rate.
 */
export function plainSegment(
  prep: Preparation,
  ordered: { rateMgH: Dec; totalMg: Dec; durationH: Dec },
  rateCeilingsMgH: readonly Dec[],
  doseCeilingsMg: readonly Dec[],
  minDurationsH: readonly Dec[] = [],
): SegmentSpec {
  const conc = prep.concentration;
  const ceilings = { rateCeilingsMgH, doseCeilingsMg, minDurationsH };
  if (prep.style === 'whole-bag') {
    // mL/h = mL / h
    return { kind: 'maintenance', rateExact: prep.finalMl.div(ordered.durationH), ...ceilings };
  }
  // mL/h = (mg/h) / (mg/mL)
  const rateExact = volumeFor(ordered.rateMgH, conc);
  if (prep.additive !== null && prep.diluent === null) return { kind: 'maintenance', rateExact, ...ceilings };
  // mL = mg / (mg/mL)
  return { kind: 'maintenance', rateExact, volumeExact: volumeFor(ordered.totalMg, conc), ...ceilings };
}

/**
 * Duration of fixed-rate phases over a bag: the phases with a duration run for it; the last runs
 * until the bag is empty. h = sum(h) + (mL - sum(mL/h x h)) / (mL/h).
 */
export function phasesDuration(phases: readonly { rate: { value: string }; duration?: { value: string; unit: string } }[], finalMl: Dec): Dec {
  let hours = dec(0);
  let remaining = finalMl;
  for (const ph of phases) {
    const rate = dec(ph.rate.value);
    if (ph.duration) {
      const h = dec(ph.duration.value).div(ph.duration.unit === 'min' ? 60 : 1);
      const ml = minDec(rate.mul(h), remaining);
      hours = hours.add(ml.div(rate));
      remaining = remaining.sub(ml);
    } else {
      hours = hours.add(remaining.div(rate));
      remaining = dec(0);
    }
  }
  return hours;
}
