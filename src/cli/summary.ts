/**
 * Plain-text summaries of a combination bag and of a nasal spray plan, for the command line while
 * the library's `formatPlan` reads single-infusion plans only. Each command asks `formatPlan`
 * first and prints this only when it refuses, so a `formatPlan` that learns these plans takes over
 * without a change here. Every number is the plan's own, through `formatQuantity`.
 */
import { type CombinationPlan, type NasalSprayPlan, formatQuantity } from 'infusion-dose';
import { pumpHeadline } from './headline.js';

function q(x: { readonly value: string; readonly unit: string }): string {
  const r = formatQuantity(x);
  return r.ok ? r.text : `${x.value} ${x.unit}`;
}

type Finding = {
  readonly code: string;
  readonly severity: string;
  readonly passed: boolean;
  readonly message: string;
  readonly acknowledgement?: { readonly reason: string };
};

/** The findings that need a person (failed soft or hard checks), then the notes (failed info checks). */
function findingLines(checks: readonly Finding[]): string[] {
  const failed = checks.filter((c) => !c.passed);
  const action = failed.filter((c) => c.severity !== 'info');
  const notes = failed.filter((c) => c.severity === 'info');
  return [
    '',
    `Checks: ${checks.length - failed.length} of ${checks.length} passed`,
    ...action.map(
      (c) => `  [${c.severity.toUpperCase()}] ${c.code}${c.acknowledgement !== undefined ? ` (acknowledged: ${c.acknowledgement.reason})` : ''}: ${c.message}`,
    ),
    ...(notes.length > 0 ? ['Notes', ...notes.map((c) => `  [NOTE] ${c.code}: ${c.message}`)] : []),
  ];
}

function statusLine(status: string): string {
  return `Status: ${status === 'ready' ? 'READY' : 'NEEDS ACKNOWLEDGEMENT'}`;
}

/**
 * A combination bag as text: the protocols, each agent's dose and what goes in the bag, the bag,
 * the pump program and the findings.
 */
export function renderCombination(plan: CombinationPlan): string {
  const lines = [
    'Combination bag',
    `Catalogue: ${plan.catalogue.id} version ${plan.catalogue.version}`,
    ...plan.protocols.map((p) => `Protocol: ${p.name} (${p.id} version ${p.version})`),
    `Session: ${plan.session.number} of ${plan.session.of}`,
    `Patient: weight ${q(plan.patient.weight)}`,
    ...plan.dosingWeights.map((d) => `  Dosing weight for ${d.agent}: ${q(d.weight.value)} (${d.weight.basis})`),
    '',
    'Agents',
    ...plan.agents.map((a) => `  ${a.name}: ${q(a.doseRate)}; ordered ${q(a.orderedDose.total)}; in the bag ${q(a.totalDose)}`),
    '',
    'Bag',
    ...plan.bag.additives.map((a) => `  Draw up ${q(a.volume)} of ${a.product.name} [${a.product.id}] (${q(a.product.strength)}) = ${q(a.amount)} ${a.agent}`),
    `  Final volume: ${q(plan.bag.finalVolume)}`,
    ...plan.bag.concentrations.map((c) => `  Concentration of ${c.agent}: ${q(c.value)}`),
    '',
    `Pump: ${pumpHeadline(plan.pump)}; volume to be infused ${q(plan.pump.volumeToBeInfused)}`,
    ...findingLines(plan.checks),
    '',
    statusLine(plan.status),
  ];
  return `${lines.join('\n')}\n`;
}

/** A nasal spray plan as text: sprays per dose and per nostril, the daily amount, the bottle, the findings. */
export function renderNasal(spray: NasalSprayPlan): string {
  const b = spray.bottle;
  const lines = [
    `Nasal spray: ${spray.agent.name}`,
    `Data: ${spray.data.id} version ${spray.data.version}`,
    `  Concentration ${q(spray.concentration)}; one spray ${q(spray.actuationVolume)} = ${q(spray.mgPerSpray)}`,
    `  Dose ${q(spray.dose)} = ${q(spray.spraysPerDose)}: ${spray.nostrils.instruction}`,
    `  ${q(spray.dosesPerDay)}, ${q(spray.spraysPerDay)}, ${q(spray.dailyDose)} (maximum ${q(spray.maxDailyDose)})`,
    `Bottle: ${q(b.volume)}; priming ${q(b.primingActuations)}${b.primingStated ? '' : ' (not stated)'} = ${q(b.primingVolume)}; usable ${q(b.usableVolume)}`,
    `  ${q(b.spraysAvailable)}, ${q(b.dosesPerBottle)} (${q(b.leftoverSprays)} left over), ${q(b.daysPerBottle)}`,
    ...findingLines(spray.checks),
    '',
    statusLine(spray.status),
  ];
  return `${lines.join('\n')}\n`;
}
