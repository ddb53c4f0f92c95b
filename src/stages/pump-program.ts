/**
 * The pump stage: the rate segments the pump runs (a label ramp, fixed-rate phases, or a loading
 * dose then the maintenance rate), each rounded to the pump's increment without crossing a ceiling.
 */
import type { Dec } from '../decimal/index.js';
import type { Limit } from '../catalogue/types.js';
import type { ExactPhase, ExactProtocol } from '../prepare/exact.js';
import { readLimit } from '../checks/limits.js';
import { type Concentration, type Preparation, volumeFor } from '../compounding/prepare.js';
import type { OrderedDose, ResolvedParam } from './dose.js';
import { type PumpPlan, type SegmentSpec, plainSegment, runSegments } from '../pump/settings.js';
import type { RampInForce } from './features.js';

/** What programming the pump reads. */
export interface PumpOrder {
  /** The protocol's numbers as prepared (phases, shortest duration). */
  readonly exact: ExactProtocol;
  readonly limitsInForce: readonly Limit[];
  readonly prep: Preparation;
  readonly ordered: OrderedDose;
  readonly loading: { readonly mg: Dec; readonly durationH: Dec; readonly ceilings: readonly Dec[] } | undefined;
  readonly loadingMg: Dec;
  readonly ramp: RampInForce | undefined;
  readonly rate: ResolvedParam | undefined;
  readonly W: Dec;
  readonly ceilings: { readonly rate: Dec[]; readonly total: readonly Dec[] };
  readonly increment: Dec;
}

/** The pump's segments, rates and volumes for the bag. */
export function programPump(o: PumpOrder): PumpPlan {
  const conc = o.prep.concentration;
  const specs =
    rampSegments(o.ramp, o.rate, o.W, conc, o.ceilings.rate) ?? (o.exact.phases ? phaseSegments(o.exact.phases, o.ceilings.rate) : regimenSegments(o));
  return runSegments(specs, conc, o.increment, o.prep.finalMl);
}

function phaseSegments(phases: readonly ExactPhase[], rateCeilings: Dec[]): SegmentSpec[] {
  return phases.map((ph) => ({
    kind: 'phase' as const,
    rateExact: ph.rate,
    ...(ph.durationH !== undefined ? { durationH: ph.durationH } : {}),
    rateCeilingsMgH: rateCeilings,
  }));
}

/**
 * The shortest durations (h) the agent's lower duration limits in force and the protocol's minimum
 * allow: rounding a rate up must not undercut them (a single bag's pump and a combination's shared rate).
 */
export function minimumDurationsH(limitsInForce: readonly Limit[], exact: ExactProtocol): Dec[] {
  return [
    ...limitsInForce
      .filter((l) => l.bound === 'lower')
      .map((l) => readLimit(l))
      .filter((m) => m.measure === 'duration')
      .map((m) => m.base),
    ...(exact.durationMinH !== undefined ? [exact.durationMinH] : []),
  ];
}

/** A loading segment when there is one, then the maintenance segment. */
function regimenSegments(o: PumpOrder): SegmentSpec[] {
  const conc = o.prep.concentration;
  const minDurations = minimumDurationsH(o.limitsInForce, o.exact);
  const loading: SegmentSpec[] = o.loading
    ? [
        {
          kind: 'loading',
          // mL/h = mg / h / (mg/mL); mL = mg / (mg/mL)
          rateExact: volumeFor(o.loading.mg, conc).div(o.loading.durationH),
          volumeExact: volumeFor(o.loading.mg, conc),
          doseCeilingsMg: [...o.loading.ceilings],
        },
      ]
    : [];
  return [
    ...loading,
    plainSegment(
      o.prep,
      o.ordered,
      o.ceilings.rate,
      o.ceilings.total.map((c) => c.sub(o.loadingMg)),
      minDurations,
    ),
  ];
}

/**
 * Pump segments for a label ramp the protocol follows (no clinician rate): the start rate for one
 * interval, each step for one interval, then the maximum until the dose is given. Without steps in
 * the data the start rate is held throughout: the plan never escalates by a schedule it was not given.
 */
function rampSegments(
  ramp: RampInForce | undefined,
  rate: ResolvedParam | undefined,
  W: Dec,
  conc: Concentration,
  rateCeilings: readonly Dec[],
): SegmentSpec[] | undefined {
  if (!ramp || !rate || rate.from !== 'protocol' || ramp.steps.length === 0) return undefined;
  // mL/h = mg/kg/min x kg x 60 / (mg/mL)
  const mlh = (mgKgMin: Dec) => volumeFor(mgKgMin.mul(W).mul(60), conc);
  const ceiling = [...rateCeilings, ramp.max.mul(W).mul(60)];
  return [
    { kind: 'phase', rateExact: mlh(ramp.start), durationH: ramp.everyH, rateCeilingsMgH: ceiling },
    ...ramp.steps.map((s) => ({ kind: 'phase' as const, rateExact: mlh(s), durationH: ramp.everyH, rateCeilingsMgH: ceiling })),
    { kind: 'phase', rateExact: mlh(ramp.max), rateCeilingsMgH: ceiling },
  ];
}
