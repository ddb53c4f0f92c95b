/**
 * The summary of a nasal-spray plan in {@link formatPlan}: the spray as dispensed, the dose in whole
 * sprays and how it is split between the nostrils, the daily total against the prescriber's maximum,
 * the bottle, the findings and the status. Ketamine is shown in mg (its display unit).
 *
 * @module
 */
import type { NasalSprayPlan } from '../nasal/types.js';
import { approxText, exactText } from './agent-display.js';
import { findingLines } from './plan-sections.js';

/** The bottle: volume, priming, what is usable, and the whole doses and days it gives. */
function bottleLines(b: NasalSprayPlan['bottle']): string[] {
  return [
    '',
    'Bottle',
    `  Volume: ${exactText(b.volume)}; priming ${exactText(b.primingActuations)}${b.primingStated ? '' : ' (not stated, none counted)'} = ${exactText(b.primingVolume)}`,
    `  Usable: ${exactText(b.usableVolume)} = ${exactText(b.spraysAvailable)}`,
    `  Whole doses: ${exactText(b.dosesPerBottle)} (${exactText(b.amountInDoses)}); sprays left over: ${exactText(b.leftoverSprays)}`,
    `  Days of full dosing: ${exactText(b.daysPerBottle)} (${approxText(b.daysPerBottleExact)} not rounded down)`,
  ];
}

/**
 * Writes a nasal-spray plan as lines.
 * @param plan - a plan from `planNasalSpray`, read
 * @returns the summary, one item a line
 */
export function formatNasalPlan(plan: NasalSprayPlan): string {
  const status = plan.status === 'ready' ? 'READY' : 'NEEDS ACKNOWLEDGEMENT';
  const unitOf = () => 'mg' as const;
  return [
    `Nasal-spray plan: ${plan.agent.name} (${plan.agent.id}, ${plan.agent.route})`,
    `Status: ${status}`,
    `Data: ${plan.data.id} version ${plan.data.version}`,
    '',
    'Spray',
    `  Concentration: ${exactText(plan.concentration)}; volume per spray ${exactText(plan.actuationVolume)}; ${exactText(plan.mgPerSpray)}`,
    '',
    'Dose',
    `  Each dose: ${exactText(plan.dose)} = ${exactText(plan.spraysPerDose)}`,
    `  Nostrils: ${exactText(plan.nostrils.first)} then ${exactText(plan.nostrils.second)}. ${plan.nostrils.instruction}`,
    `  Per day: ${exactText(plan.dosesPerDay)}, ${exactText(plan.spraysPerDay)}, ${exactText(plan.dailyDose)} (prescriber's maximum ${exactText(plan.maxDailyDose)})`,
    ...bottleLines(plan.bottle),
    ...findingLines(plan.checks, plan.acknowledgements, unitOf),
    '',
    `Status: ${status}`,
  ].join('\n');
}
