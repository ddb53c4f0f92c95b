/**
 * The pump's program in one line, every segment in order: a two-rate lidocaine plan runs 300 mL/h
 * for 10 min, then 200 mL/h for 30 min, and a line that named only the last rate (200 mL/h) would
 * have a nurse start the bag at the wrong rate. A plan with one rate reads "25 mL/h for 240 min".
 */
import { type Plan, formatQuantity } from 'infusion-dose';
import { sumPlain } from './exact.js';

function q(x: { readonly value: string; readonly unit: string }): string {
  const r = formatQuantity(x);
  return r.ok ? r.text : `${x.value} ${x.unit}`;
}

/** `true` when the pump runs at more than one rate (a loading phase, or a phased regimen). */
export function isMultiRate(pump: Plan['pump']): boolean {
  return new Set(pump.segments.map((s) => `${s.rate.value} ${s.rate.unit}`)).size > 1;
}

/**
 * The pump program as one line.
 *
 * @param pump - The plan's pump settings.
 * @returns e.g. `300 mL/h for 10 min, then 200 mL/h for 30 min`.
 */
export function pumpHeadline(pump: Plan['pump']): string {
  if (pump.segments.length === 0) return `${q(pump.rate)} for ${q(pump.duration)}`;
  return pump.segments.map((s) => `${q(s.rate)} for ${q(s.duration)}`).join(', then ');
}

/**
 * What the bag holds of one agent: the amounts actually added (volume drawn x strength), added up.
 * This can differ from the ordered dose: 70 mg/kg x 88 kg = 6.16 g ordered, drawn as 12.32 mL of
 * 500 mg/mL measured to 12.3 mL, so the bag holds 6.15 g. A premix (nothing added) holds the
 * plan's `totalDose`. `undefined` when the additives of the agent are in different units.
 */
export function amountInBag(plan: Pick<Plan, 'bag'>, agent: Plan['agents'][number]): { readonly value: string; readonly unit: string } | undefined {
  const added = plan.bag.additives.filter((a) => a.agent === agent.agent).map((a) => a.amount);
  if (added.length === 0) return agent.totalDose;
  const unit = added[0]?.unit as string;
  if (added.some((a) => a.unit !== unit)) return undefined;
  return { value: sumPlain(added.map((a) => a.value)), unit };
}
