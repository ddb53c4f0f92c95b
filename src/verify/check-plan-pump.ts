/**
 * checkPlan's pump steps: each segment's volume and doses, the pump's totals and the volume left in
 * the bag, worked forwards from the segments' rates and durations and the bag's concentrations.
 */
import type { Bag, PumpSettings, RateSegment } from '../types/plan.js';
import { type Approx, STATED_SLACK, ZERO, add, mul, show, sub } from './check-plan-approx.js';
import { Checker, type Found } from './check-plan-read.js';

/** What the segments give, summed over the segments that could be read. */
export interface Segments extends Found {
  /** Every segment's rate and duration could be read. */
  readonly readable: boolean;
  readonly infused: Approx;
  readonly duration: Approx;
  readonly totalDose: ReadonlyMap<string, Approx>;
  /** The highest dose rate of a segment that is not a loading dose. */
  readonly maxDoseRate: ReadonlyMap<string, Approx>;
}

/** What one segment gives: its volume and duration, and each agent's dose and dose rate. */
interface Given {
  readonly volume: Approx;
  readonly time: Approx;
  readonly byAgent: ReadonlyMap<string, { readonly dose: Approx; readonly doseRate: Approx }>;
}

/** Every segment: volume = rate x duration; dose = volume x concentration; dose rate = rate x concentration. */
export function checkSegments(segments: readonly RateSegment[], concentrationByAgent: ReadonlyMap<string, Approx>): Segments {
  const c = new Checker();
  if (segments.length === 0) c.flag('no_segments', ['pump', 'segments'], 'The pump has no segments: nothing is infused.', null, null);
  let infused: Approx = ZERO;
  let duration: Approx = ZERO;
  let readable = true;
  const totalDose = new Map<string, Approx>();
  const maxDoseRate = new Map<string, Approx>();
  segments.forEach((seg, i) => {
    const { given } = c.absorb(checkSegment(seg, i, concentrationByAgent));
    if (given === null) {
      readable = false;
      return;
    }
    infused = add(infused, given.volume);
    duration = add(duration, given.time);
    for (const [agent, { dose, doseRate }] of given.byAgent) {
      totalDose.set(agent, add(totalDose.get(agent) ?? ZERO, dose));
      if (seg.kind === 'loading') continue;
      const m = maxDoseRate.get(agent);
      if (m === undefined || doseRate.v.gt(m.v)) maxDoseRate.set(agent, doseRate);
    }
  });
  return { readable, infused, duration, totalDose, maxDoseRate, disagreements: c.disagreements };
}

/** One segment's volume and doses; `given` is `null` when its rate or duration cannot be read. */
function checkSegment(seg: RateSegment, i: number, concentrationByAgent: ReadonlyMap<string, Approx>): Found & { readonly given: Given | null } {
  const c = new Checker();
  const p = ['pump', 'segments', i];
  const rate = c.read(seg.rate, 'volume-rate', [...p, 'rate']);
  const time = c.read(seg.duration, 'time', [...p, 'duration']);
  if (rate === null || time === null) return { given: null, disagreements: c.disagreements };
  // Issue 12 item 5: a segment that runs for no time, or at no rate (not above its printing error), infuses nothing.
  if (time.v.lte(time.e) || rate.v.lte(rate.e))
    c.flag(
      'empty_segment',
      [...p, 'duration'],
      `Segment ${i + 1} runs ${seg.duration.value} ${seg.duration.unit} at ${seg.rate.value} ${seg.rate.unit}: it infuses nothing, so the order cannot be given as planned.`,
      seg.duration,
      null,
    );
  // mL = mL/h x h
  const volume = mul(rate, time);
  c.compare('segment_volume_mismatch', [...p, 'volume'], seg.volume, 'volume', volume, `Volume of segment ${i + 1} (rate x duration)`);
  const byAgent = new Map<string, { dose: Approx; doseRate: Approx }>();
  for (const [agent, conc] of concentrationByAgent) {
    // mg = mL x mg/mL; mg/h = mL/h x mg/mL
    const dose = mul(volume, conc);
    const doseRate = mul(rate, conc);
    byAgent.set(agent, { dose, doseRate });
    c.absorb(checkSegmentDose(seg, i, agent, dose, doseRate));
  }
  return { given: { volume, time, byAgent }, disagreements: c.disagreements };
}

/** The dose and dose rate a segment states for one agent of the bag. */
function checkSegmentDose(seg: RateSegment, i: number, agent: string, dose: Approx, doseRate: Approx): Found {
  const c = new Checker();
  const p = ['pump', 'segments', i];
  const j = seg.doses.findIndex((d) => d.agent === agent);
  const d = seg.doses[j];
  if (d === undefined) {
    c.flag('segment_dose_missing', [...p, 'doses'], `Segment ${i + 1} gives ${agent} from the bag, but states no dose of it.`, null, null);
    return { disagreements: c.disagreements };
  }
  c.compare('segment_dose_mismatch', [...p, 'doses', j, 'amount'], d.amount, 'mass', dose, `Dose of ${agent} in segment ${i + 1} (volume x concentration)`);
  c.compare(
    'segment_dose_rate_mismatch',
    [...p, 'doses', j, 'doseRate'],
    d.doseRate,
    'dose-rate',
    doseRate,
    `Dose rate of ${agent} in segment ${i + 1} (rate x concentration)`,
  );
  return { disagreements: c.disagreements };
}

/** The pump rate (the last segment's), the volume to be infused and the duration (sums over the segments). */
export function checkPumpTotals(pump: PumpSettings, s: Segments): Found {
  const c = new Checker();
  const segments = pump.segments;
  const last = segments[segments.length - 1];
  if (last !== undefined) {
    const lastRate = c.read(last.rate, 'volume-rate', ['pump', 'segments', segments.length - 1, 'rate']);
    if (lastRate !== null) c.compare('pump_rate_mismatch', ['pump', 'rate'], pump.rate, 'volume-rate', lastRate, "Pump rate (the main, last segment's rate)");
  }
  if (s.readable && segments.length > 0) {
    c.compare(
      'volume_to_be_infused_mismatch',
      ['pump', 'volumeToBeInfused'],
      pump.volumeToBeInfused,
      'volume',
      s.infused,
      'Volume to be infused (sum of segment rate x duration)',
    );
    c.compare('duration_mismatch', ['pump', 'duration'], pump.duration, 'time', s.duration, 'Duration (sum of segment durations)');
  }
  return { disagreements: c.disagreements };
}

/** Residual volume: final - infused; a whole-bag plan infuses the whole bag. */
export function checkResidual(bag: Bag, pump: PumpSettings, finalVolume: Approx | null, s: Segments): Found {
  if (finalVolume === null || !s.readable || pump.segments.length === 0) return { disagreements: [] };
  return bag.style === 'whole-bag' ? checkWholeBag(bag, pump, finalVolume, s.infused) : checkPartBag(bag, pump, finalVolume, s.infused);
}

/** A whole-bag plan: the segments as set (rate x duration) must give the whole bag, and none is left. */
function checkWholeBag(bag: Bag, pump: PumpSettings, finalVolume: Approx, infused: Approx): Found {
  const c = new Checker();
  // Two recomputed values, so both bounds count, and the slack once.
  const gap = infused.v.sub(finalVolume.v).abs();
  const tol = infused.e.add(finalVolume.e).add(STATED_SLACK);
  if (gap.gt(tol)) {
    c.flag(
      'whole_bag_not_infused',
      ['pump', 'volumeToBeInfused'],
      `A whole-bag plan infuses the final volume: the segments as set (rate x duration) give ${show(infused.v)} mL, the bag holds ${show(finalVolume.v)} mL (tolerance ${show(tol)} mL).`,
      pump.volumeToBeInfused,
      { value: show(finalVolume.v), unit: 'mL' },
    );
  }
  c.compare('residual_volume_mismatch', ['bag', 'residualVolume'], bag.residualVolume, 'volume', ZERO, 'Residual volume of a whole-bag plan');
  return { disagreements: c.disagreements };
}

/** A plan that leaves some of the bag: the segments must fit in it, and the rest is the residual. */
function checkPartBag(bag: Bag, pump: PumpSettings, finalVolume: Approx, infused: Approx): Found {
  const c = new Checker();
  const residual = sub(finalVolume, infused);
  if (residual.v.add(residual.e).add(STATED_SLACK).lt(0)) {
    c.flag(
      'infused_exceeds_bag',
      ['pump', 'volumeToBeInfused'],
      `The segments infuse ${show(infused.v)} mL, more than the ${show(finalVolume.v)} mL in the bag.`,
      pump.volumeToBeInfused,
      { value: show(finalVolume.v), unit: 'mL' },
    );
  } else {
    c.compare('residual_volume_mismatch', ['bag', 'residualVolume'], bag.residualVolume, 'volume', residual, 'Residual volume (final - volume infused)');
  }
  return { disagreements: c.disagreements };
}
