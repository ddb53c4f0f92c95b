/**
 * The intranasal ketamine bridging calculator: from a compounded nasal spray's concentration and
 * pump volume to sprays per dose, sprays per nostril, the daily amount and how long a bottle lasts,
 * with the per-dose and per-day limits checked and the working shown.
 *
 * A dose must be a whole number of sprays. When it is not, the plan is refused with the whole-spray
 * doses either side; it is never rounded silently.
 */
import type { NasalSprayRequest } from '../types/requests.js';
import { findingsOf } from '../checks/findings.js';
import { LIBRARY } from '../types/library.js';
import { REQUEST_BOUNDS } from '../types/input-limits.js';
import { dec } from '../decimal/index.js';
import { enter } from '../formulary/entry.js';
import { deepFreeze } from '../types/freeze.js';
import type { Check } from '../types/plan.js';
import { type Issue, refusalIssues } from '../types/issues.js';
import { quantity } from '../units/quantity.js';
import { acknowledge } from './acknowledge.js';
import { type BottleSupply, computeBottle } from './bottle.js';
import { type NostrilSplit, type SprayDose, computeSprayDose, splitNostrils } from './dose.js';
import { type NasalInput, parseNasalInput } from './input.js';
import { NASAL_DATA_VERSION, NASAL_NOTES } from './data.js';
import { type RefusalPaths, judge } from '../rules/table.js';
import { NASAL_RULES, bottleTooSmallIssue, hardFailureIssues, notWholeSpraysIssue } from './rules.js';
import { sprayTrace } from './trace.js';
import type { NasalSprayPlan, NasalSprayResult } from './types.js';
import { DOSE, SPRAY } from './units.js';

export type { NasalSprayPlan, NasalSprayResult } from './types.js';

function fail(issues: readonly Issue[]): NasalSprayResult {
  return { ok: false, issues: refusalIssues(issues) };
}

/**
 * Plans a compounded intranasal ketamine spray between infusions: mg per spray, sprays per dose
 * and per nostril, mg per day, doses and days per bottle, with limit checks and the working.
 *
 * @param input - Untrusted input: `{ concentration: {value, unit: 'mg/mL'}, actuationVolume: {value,
 *   unit: 'mL'}, dose: {value, unit: 'mg'}, dosesPerDay, bottleVolume: {value, unit: 'mL'},
 *   maxDailyDose: {value, unit: 'mg'}, primingActuations?, acknowledgements? }`. `actuationVolume`
 *   and `maxDailyDose` have no default because no source gives one (see `NASAL_UNSOURCED`).
 * @returns `{ ok: true, spray }`, or `{ ok: false, issues }` for bad input, a dose that is not a
 *   whole number of sprays, a bottle too small for one dose, or a hard-limit finding. Never throws
 *   for bad input.
 * @example
 * ```ts
 * const r = planNasalSpray({
 *   concentration: { value: 100, unit: 'mg/mL' },
 *   actuationVolume: { value: 0.1, unit: 'mL' },
 *   dose: { value: 20, unit: 'mg' },
 *   dosesPerDay: 2,
 *   bottleVolume: { value: 5, unit: 'mL' },
 *   maxDailyDose: { value: 40, unit: 'mg' },
 *   primingActuations: 5,
 * });
 * if (r.ok) console.log(r.spray.spraysPerDose); // { value: '2', unit: '{spray}' }
 * ```
 */
export function planNasalSpray(input: NasalSprayRequest): NasalSprayResult {
  return deepFreeze(
    enter(
      input,
      (plain) => {
        const parsed = parseNasalInput(plain);
        if (!parsed.ok) return fail(parsed.issues);
        return planParsed(parsed.value);
      },
      REQUEST_BOUNDS,
    ),
  );
}

/** Works out the dose, checks it, refuses what cannot be given, then works out the bottle. */
function planParsed(input: NasalInput): NasalSprayResult {
  const sprays = computeSprayDose(input);
  const paths: RefusalPaths = new Map();
  const checks = judge(NASAL_RULES.dose, { dose: input.dose, dailyDose: sprays.dailyDose, maxDailyDose: input.maxDailyDose }, paths);
  const refusals = [...(sprays.whole ? [] : [notWholeSpraysIssue(input.dose, sprays)]), ...hardFailureIssues(checks, paths)];
  if (refusals.length > 0) return fail(refusals);

  const spraysPerDose = sprays.spraysExact; // a whole number here
  const bottle = computeBottle(input, spraysPerDose);
  checks.push(...judge(NASAL_RULES.bottle, { primingStated: bottle.primingStated }, paths));
  if (bottle.dosesPerBottle.lt(1)) return fail([bottleTooSmallIssue(bottle.spraysAvailable, spraysPerDose)]);

  const nostrils = splitNostrils(spraysPerDose);
  const spray = presentPlan(input, sprays, nostrils, bottle, checks);
  return { ok: true, spray, ...findingsOf(spray.checks) };
}

/** The plan as the caller sees it: every value a quantity, acknowledgements applied, the working attached. */
function presentPlan(input: NasalInput, sprays: SprayDose, nostrils: NostrilSplit, bottle: BottleSupply, checks: readonly Check[]): NasalSprayPlan {
  const spraysPerDose = sprays.spraysExact;
  const acknowledged = acknowledge(checks, input.acknowledgements);
  return {
    library: LIBRARY,
    data: { id: 'ketamine-nasal', version: NASAL_DATA_VERSION },
    agent: { id: 'ketamine', name: 'Ketamine hydrochloride (racemic), compounded nasal spray', route: 'nasal' },
    concentration: quantity(input.concentration, 'mg/mL'),
    actuationVolume: quantity(input.actuationVolume, 'mL'),
    mgPerSpray: quantity(sprays.mgPerSpray, `mg/${SPRAY}`),
    dose: quantity(spraysPerDose.mul(sprays.mgPerSpray), 'mg'),
    spraysPerDose: quantity(spraysPerDose, SPRAY),
    nostrils: presentNostrils(nostrils),
    dosesPerDay: quantity(dec(input.dosesPerDay), `${DOSE}/d`),
    spraysPerDay: quantity(spraysPerDose.mul(input.dosesPerDay), `${SPRAY}/d`),
    dailyDose: quantity(sprays.dailyDose, 'mg/d'),
    maxDailyDose: quantity(input.maxDailyDose, 'mg/d'),
    bottle: presentBottle(input, bottle),
    checks: acknowledged.checks,
    acknowledgements: input.acknowledgements.map((a) => ({ ...a })),
    status: acknowledged.status,
    notes: NASAL_NOTES.map((n) => ({ kind: n.kind, text: n.text, source: n.source })),
    trace: sprayTrace(input, sprays, nostrils, bottle),
  };
}

function presentNostrils(nostrils: NostrilSplit): NasalSprayPlan['nostrils'] {
  const { first, second } = nostrils;
  return {
    first: quantity(first, SPRAY),
    second: quantity(second, SPRAY),
    instruction: second.isZero() ? '1 spray in one nostril.' : `Alternate nostrils: ${first.toFixed()} in one and ${second.toFixed()} in the other.`,
  };
}

function presentBottle(input: NasalInput, bottle: BottleSupply): NasalSprayPlan['bottle'] {
  return {
    volume: quantity(input.bottleVolume, 'mL'),
    primingActuations: quantity(bottle.priming, SPRAY),
    primingStated: bottle.primingStated,
    primingVolume: quantity(bottle.primingVolume, 'mL'),
    usableVolume: quantity(bottle.usableVolume, 'mL'),
    spraysAvailable: quantity(bottle.spraysAvailable, SPRAY),
    dosesPerBottle: quantity(bottle.dosesPerBottle, DOSE),
    leftoverSprays: quantity(bottle.leftoverSprays, SPRAY),
    amountInDoses: quantity(bottle.amountInDoses, 'mg'),
    daysPerBottle: quantity(bottle.days, 'd'),
    daysPerBottleExact: quantity(bottle.daysExact, 'd'),
  };
}
