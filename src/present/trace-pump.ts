/** Trace steps for each pump segment: its rate, volume, duration and the dose it delivers. */
import type { Dec } from '../decimal/index.js';
import type { Preparation } from '../compounding/prepare.js';
import type { PumpPlan } from '../pump/settings.js';
import type { TraceStep } from '../types/plan.js';
import { quantity } from '../units/quantity.js';

/** Every segment's steps, in order. */
export function pumpSteps(pump: PumpPlan, prep: Preparation, orderedDurationH: Dec, increment: Dec): TraceStep[] {
  const single = pump.segments.length === 1;
  return pump.segments.flatMap((seg, i) =>
    segmentSteps(
      seg,
      single ? 'pump' : `pump.segment${i + 1}`,
      single ? 'Pump rate' : `Segment ${i + 1} (${seg.kind}) pump rate`,
      prep,
      orderedDurationH,
      increment,
    ),
  );
}

function segmentSteps(seg: PumpPlan['segments'][number], id: string, title: string, prep: Preparation, orderedDurationH: Dec, increment: Dec): TraceStep[] {
  const c = prep.concentrationMgPerMl;
  const steps: TraceStep[] = [
    {
      step: `${id}.rate`,
      description: title,
      formula: prep.style === 'whole-bag' && seg.kind === 'maintenance' ? 'mL/h = final mL / h' : 'mL/h = (mg/h) / (mg/mL)',
      inputs:
        prep.style === 'whole-bag' && seg.kind === 'maintenance'
          ? { volume: quantity(prep.finalMl, 'mL'), duration: quantity(orderedDurationH, 'h') }
          : { doseRate: quantity(seg.rateExact.mul(c), 'mg/h'), concentration: quantity(c, 'mg/mL') },
      result: quantity(seg.rate.value, 'mL/h'),
      rounding: {
        exact: quantity(seg.rateExact, 'mL/h'),
        increment: quantity(increment, 'mL/h'),
        mode: seg.rate.mode,
        ...(seg.rate.roundedDownForLimit ? { reason: 'rounded down: the nearest rate would cross a protocol cap, protocol maximum or agent limit' } : {}),
      },
    },
  ];
  if (seg.volume) {
    steps.push({
      step: `${id}.volume`,
      description: 'Volume to be infused',
      formula: 'mL = mg / (mg/mL), to the pump volume resolution',
      inputs: { dose: quantity(seg.volumeExact.mul(c), 'mg'), concentration: quantity(c, 'mg/mL') },
      result: quantity(seg.volumeMl, 'mL'),
      rounding: { exact: quantity(seg.volumeExact, 'mL'), increment: quantity(seg.volume.increment, 'mL'), mode: seg.volume.mode },
    });
  }
  steps.push(
    {
      step: `${id}.duration`,
      description: 'Duration at the rounded rate',
      formula: 'min = mL / (mL/h) x 60',
      inputs: { volume: quantity(seg.volumeMl, 'mL'), rate: quantity(seg.rate.value, 'mL/h') },
      result: quantity(seg.durationH.mul(60), 'min'),
    },
    {
      step: `${id}.delivered`,
      description: 'Dose delivered at the rounded rate',
      formula: 'mg/h = mL/h x mg/mL; mg = mL x mg/mL',
      inputs: { rate: quantity(seg.rate.value, 'mL/h'), concentration: quantity(c, 'mg/mL') },
      result: `${quantity(seg.doseRateMgH, 'mg/h').value} mg/h; ${quantity(seg.doseMg, 'mg').value} mg`,
    },
  );
  return steps;
}
