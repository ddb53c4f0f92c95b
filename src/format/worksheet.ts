/**
 * A pharmacist's compounding worksheet from a plan of any kind: patient (inputs as entered), order
 * per agent, protocol and catalogue versions, each product and volume to draw, the diluent and any
 * volume withdrawn, the final concentration of each agent, the pump settings (the one shared rate
 * of a combination bag), the checks and findings, the acknowledgements, and lines for the
 * preparer's and the independent second checker's signatures. A nasal-spray plan gets a dispensing
 * worksheet: the spray, the dose in sprays, the bottle and the sign-off.
 *
 * Each agent's masses are in its display unit (`mcg` for dexmedetomidine and clonidine, `g` for
 * magnesium and IVIG, `mg` otherwise); values a person sets or measures keep their own digits, and
 * derived values are shown at the precision of their measure, marked `≈` when rounded
 * (`./agent-display.ts`). The plan is not changed.
 *
 * @module
 */
import type { CombinationPlan } from '../plan/combination-types.js';
import type { NasalSprayPlan } from '../nasal/types.js';
import { guard, snapshot } from '../schema/guard.js';
import { checkListSchema } from '../schema/plan-schema.js';
import { mapZodIssue, withoutEchoes } from '../schema/zod-issues.js';
import { deepFreeze } from '../types/freeze.js';
import { PLAN_BOUNDS, checkBounds } from '../types/input-limits.js';
import type { Issue, Issues } from '../types/issues.js';
import type { Check, Plan } from '../types/plan.js';
import { approxText, exactText } from './agent-display.js';
import { readAnyPlan } from './plan-kind.js';
import { basisText, entered, type UnitOf, unitsOf } from './plan-sections.js';
import { enteredText } from './agent-display.js';
import { BLANK, findingLines, orderLines, preparationLines, pumpLines, section, signOffLines } from './worksheet-sections.js';

/** The heading: a NOT READY banner when findings are open, then protocol(s), catalogue and session. */
function headerLines(plan: Plan | CombinationPlan, protocols: readonly Plan['protocol'][]): string[] {
  return [
    'INFUSION COMPOUNDING WORKSHEET',
    '='.repeat(78),
    ...(plan.status !== 'ready' ? ['*** NOT READY: findings below need acknowledgement before this bag is compounded. ***'] : []),
    ...(protocols.length > 1 ? [`Combination bag: ${protocols.length} agents in one bag at one rate`] : []),
    ...protocols.flatMap((p) => [
      `Protocol: ${p.name}`,
      `  ${p.id} version ${p.version}; indication: ${p.indication}`,
      `  Source: ${p.source.citation} [${p.source.grade}]`,
    ]),
    `Catalogue: ${plan.catalogue.id} version ${plan.catalogue.version}${plan.catalogue.careArea !== undefined ? `; care area ${plan.catalogue.careArea}` : ''}`,
    `Session: ${plan.session.number} of ${plan.session.of} (${plan.session.schedule})`,
  ];
}

/** The patient: blanks for name and MRN (the plan has neither), then the measures the plan used, inputs as entered. */
function patientLines(
  plan: Plan | CombinationPlan,
  weights: readonly { readonly agent: string | undefined; readonly weight: Plan['dosingWeight'] }[],
): string[] {
  const p = plan.patient;
  return [
    ...section('Patient'),
    `  Name: ${BLANK}   ID / MRN: ${BLANK}`,
    `  Weight: ${enteredText(entered(plan.trace, 'patient.weight', 'weight'), p.weight)}`,
    ...(p.height !== undefined ? [`  Height: ${enteredText(entered(plan.trace, 'patient.height', 'height'), p.height)}`] : []),
    ...(p.sex !== undefined ? [`  Sex: ${p.sex}`] : []),
    ...(p.ageYears !== undefined ? [`  Age: ${exactText(p.ageYears)}`] : []),
    ...(p.bodySurfaceArea !== undefined ? [`  Body-surface area (Mosteller): ${approxText(p.bodySurfaceArea)}`] : []),
    ...(p.creatinineClearance !== undefined ? [`  Creatinine clearance (Cockcroft-Gault): ${approxText(p.creatinineClearance)}`] : []),
    ...weights.map((w) => `  Dosing weight${w.agent !== undefined ? ` for ${w.agent}` : ''}: ${approxText(w.weight.value)} (${basisText(w.weight.basis)})`),
  ];
}

/** Premedication and the conditions to confirm before starting; each section only when it has entries. */
function beforeStartingLines(plan: Plan): string[] {
  const adjuncts = plan.adjuncts.map((a) => {
    const dose = a.dose === null ? 'dose per prescriber' : 'min' in a.dose ? `${exactText(a.dose.min)} to ${exactText(a.dose.max)}` : exactText(a.dose);
    return `  ${a.drug} ${dose} ${a.route}, ${a.when}${a.optional ? ' (optional)' : ''}`;
  });
  const requirements = plan.requirements.map((r) => `  [${r.confirmed === true ? 'x' : ' '}] ${r.text}${r.confirmed === false ? ' (NOT MET)' : ''}`);
  return [
    ...(adjuncts.length > 0 ? [...section('Premedication and adjuncts'), ...adjuncts] : []),
    ...(requirements.length > 0 ? [...section('Before starting'), ...requirements] : []),
  ];
}

/** The worksheet of one bag: a single infusion, or a combination (every agent, one bag, one rate). */
function bagWorksheet(plan: Plan | CombinationPlan, single: Plan | undefined, warnings: readonly Check[]): string[] {
  const unitOf: UnitOf = unitsOf(plan.agents);
  const protocols = single !== undefined ? [single.protocol] : (plan as CombinationPlan).protocols;
  const weights = single !== undefined ? [{ agent: undefined, weight: single.dosingWeight }] : (plan as CombinationPlan).dosingWeights;
  return [
    ...headerLines(plan, protocols),
    ...patientLines(plan, weights),
    ...section('Order'),
    ...plan.agents.flatMap(orderLines),
    ...preparationLines(plan.bag, unitOf),
    ...pumpLines(plan.pump, unitOf, single !== undefined ? 'Pump settings' : 'Pump settings (one rate for the whole bag)'),
    ...(single !== undefined ? beforeStartingLines(single) : []),
    ...findingLines(plan.status, plan.checks, warnings, unitOf),
    ...signOffLines(plan.acknowledgements),
  ];
}

/** A dispensing worksheet for a nasal spray: the spray, the dose, the bottle, the findings and the sign-off. */
function nasalWorksheet(plan: NasalSprayPlan, warnings: readonly Check[]): string[] {
  const b = plan.bottle;
  const unitOf: UnitOf = () => 'mg';
  return [
    'NASAL SPRAY DISPENSING WORKSHEET',
    '='.repeat(78),
    ...(plan.status !== 'ready' ? ['*** NOT READY: findings below need acknowledgement before this spray is dispensed. ***'] : []),
    `Agent: ${plan.agent.name} (${plan.agent.id}, ${plan.agent.route})`,
    `Data: ${plan.data.id} version ${plan.data.version}`,
    ...section('Patient'),
    `  Name: ${BLANK}   ID / MRN: ${BLANK}`,
    ...section('Spray and dose'),
    `  [ ] 1. Fill the bottle: ${exactText(b.volume)} of ${exactText(plan.concentration)}; volume per spray ${exactText(plan.actuationVolume)} (${exactText(plan.mgPerSpray)}).`,
    `  [ ] 2. Prime: ${exactText(b.primingActuations)}${b.primingStated ? '' : ' (not stated; none counted)'}, ${exactText(b.primingVolume)}.`,
    `  [ ] 3. Label: ${exactText(plan.dose)} = ${exactText(plan.spraysPerDose)} per dose (${exactText(plan.nostrils.first)} then ${exactText(plan.nostrils.second)}), ${exactText(plan.dosesPerDay)}; at most ${exactText(plan.maxDailyDose)}.`,
    `  ${plan.nostrils.instruction}`,
    `  Daily total: ${exactText(plan.dailyDose)} (${exactText(plan.spraysPerDay)})`,
    `  The bottle gives ${exactText(b.dosesPerBottle)} (${exactText(b.amountInDoses)}), ${exactText(b.daysPerBottle)} of full dosing; ${exactText(b.leftoverSprays)} left over.`,
    ...findingLines(plan.status, plan.checks, warnings, unitOf),
    ...signOffLines(plan.acknowledgements),
  ];
}

/**
 * Reads the caller's list of findings to show, once, into plain checks: a value that is not a list of
 * a plan's checks is refused with its path under `warnings`, never rendered half-read.
 */
function readWarnings(warnings: unknown): { readonly ok: true; readonly checks: readonly Check[] } | { readonly ok: false; readonly issues: Issues } {
  const under = (i: Issue): Issue => ({ ...i, path: ['warnings', ...i.path] });
  const tooBig = checkBounds(warnings, PLAN_BOUNDS);
  if (tooBig) return { ok: false, issues: [under(tooBig)] };
  const read = snapshot(warnings, PLAN_BOUNDS.nodes);
  if (!read.ok) return { ok: false, issues: [under(read.issues[0]), ...read.issues.slice(1).map(under)] };
  const parsed = checkListSchema.safeParse(read.value, { reportInput: true });
  if (parsed.success) return { ok: true, checks: parsed.data as readonly Check[] };
  const [first, ...rest] = withoutEchoes(parsed.error.issues)
    .flatMap((zi) => mapZodIssue(zi))
    .map(under);
  return first
    ? { ok: false, issues: [first, ...rest] }
    : { ok: false, issues: [{ code: 'invalid_input', path: ['warnings'], message: "warnings must be a list of the plan's checks." }] };
}

/**
 * Renders the compounding (or, for a nasal spray, dispensing) worksheet of a plan of any kind.
 *
 * @param plan - A plan from `planInfusion`, `planCombination` or `planNasalSpray`.
 * @param warnings - The findings to list (the result's `warnings`); omitted: the plan's failed checks.
 * @returns The worksheet as text, newline-terminated; or, never thrown, `{ ok: false, issues }` for a
 *   value that is not a plan (`not_a_plan`), one that cannot be read, `warnings` that are not a list of
 *   a plan's checks (issues under `warnings`), or an internal failure.
 * @example
 * const r = planInfusion({ patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
 * if (r.ok) console.log(formatWorksheet(r.plan)); // "INFUSION COMPOUNDING WORKSHEET ..."
 */
export function formatWorksheet(
  plan: Plan | CombinationPlan | NasalSprayPlan,
  warnings?: readonly Check[],
): string | { readonly ok: false; readonly issues: Issues } {
  const result = guard(() => {
    const read = readAnyPlan(plan);
    if (!read.ok) return read;
    const given = warnings === undefined ? undefined : readWarnings(warnings);
    if (given !== undefined && !given.ok) return given;
    const listed = given?.checks ?? read.plan.checks.filter((c) => !c.passed);
    const lines = read.kind === 'nasal' ? nasalWorksheet(read.plan, listed) : bagWorksheet(read.plan, read.kind === 'infusion' ? read.plan : undefined, listed);
    return `${lines.join('\n')}\n`;
  });
  return typeof result === 'string' ? result : deepFreeze(result);
}
