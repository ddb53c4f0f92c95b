/**
 * The intranasal ketamine bridging calculator: from a compounded nasal spray's concentration and
 * pump volume to sprays per dose, sprays per nostril, the daily amount and how long a bottle lasts,
 * with the per-dose and per-day limits checked and the working shown.
 *
 * A dose must be a whole number of sprays. When it is not, the plan is refused with the whole-spray
 * doses either side; it is never rounded silently.
 */
import { type Dec, type NumberProblem, dec, readDecimal } from '../decimal/index.js';
import type { Source } from '../catalogue/types.js';
import type { Check, TraceStep } from '../plan/types.js';
import { type Issue, type Issues, describeReceived } from '../schema/issues.js';
import { nasalInputShape } from '../schema/nasal.js';
import { mapZodIssue } from '../schema/zod-issues.js';
import { type Quantity, mLPer, mgPer, readMassUnit, readVolumeUnit } from '../units/index.js';
import { quantity } from '../units/quantity.js';
import { NASAL_DATA_VERSION, NASAL_DOSE_LIMITS, NASAL_NOTES, NASAL_UNSOURCED } from './data.js';

// ---------------------------------------------------------------------------------------------
// Public types

/** A nasal-spray plan. Every number is a {@link Quantity}: a plain decimal string and a UCUM unit. */
export interface NasalSprayPlan {
  /** The data set the plan used. */
  readonly data: { readonly id: 'ketamine-nasal'; readonly version: string };
  readonly agent: { readonly id: 'ketamine'; readonly name: string; readonly route: 'nasal' };
  /** Concentration of the dispensed spray, in mg/mL. */
  readonly concentration: Quantity;
  /** Volume one actuation delivers, in mL (from the input: no default, see `NASAL_UNSOURCED`). */
  readonly actuationVolume: Quantity;
  /** mg in one spray: concentration x actuation volume (`mg/{spray}`). */
  readonly mgPerSpray: Quantity;
  /** mg per administration: a whole number of sprays, so exactly what the pump delivers. */
  readonly dose: Quantity;
  readonly spraysPerDose: Quantity;
  /** How the sprays of one dose are split between the nostrils (alternating). */
  readonly nostrils: { readonly first: Quantity; readonly second: Quantity; readonly instruction: string };
  readonly dosesPerDay: Quantity;
  readonly spraysPerDay: Quantity;
  /** mg per day: dose x doses per day (`mg/d`). */
  readonly dailyDose: Quantity;
  /** The prescriber's stated maximum per day (`mg/d`). */
  readonly maxDailyDose: Quantity;
  readonly bottle: {
    readonly volume: Quantity;
    readonly primingActuations: Quantity;
    /** `false` when the input did not state priming and none was counted. */
    readonly primingStated: boolean;
    readonly primingVolume: Quantity;
    readonly usableVolume: Quantity;
    /** Whole sprays left after priming. */
    readonly spraysAvailable: Quantity;
    /** Whole doses in the bottle after priming. */
    readonly dosesPerBottle: Quantity;
    /** Sprays left over that do not make a whole dose. */
    readonly leftoverSprays: Quantity;
    /** mg delivered by all whole doses in the bottle. */
    readonly amountInDoses: Quantity;
    /** Whole days of full dosing the bottle covers. */
    readonly daysPerBottle: Quantity;
    /** Doses per bottle / doses per day, not rounded (6 places at most). */
    readonly daysPerBottleExact: Quantity;
  };
  readonly checks: readonly Check[];
  readonly acknowledgements: readonly { readonly code: string; readonly reason: string }[];
  /** `needs-acknowledgement` while a failed soft check has no acknowledgement with a reason. */
  readonly status: 'ready' | 'needs-acknowledgement';
  readonly notes: readonly { readonly kind: string; readonly text: string; readonly source: Source }[];
  readonly trace: readonly TraceStep[];
}

/** The result of {@link planNasalSpray}: a plan, or the coded issues that stop one. */
export type NasalSprayResult =
  | { readonly ok: true; readonly spray: NasalSprayPlan }
  | { readonly ok: false; readonly issues: Issues };

// ---------------------------------------------------------------------------------------------
// The door

interface NasalInput {
  /** mg/mL */
  readonly concentration: Dec;
  /** mL */
  readonly actuationVolume: Dec;
  /** mg */
  readonly dose: Dec;
  readonly dosesPerDay: number;
  /** mL */
  readonly bottleVolume: Dec;
  /** mg per day */
  readonly maxDailyDose: Dec;
  readonly primingActuations: number | undefined;
  readonly acknowledgements: readonly { readonly code: string; readonly reason: string }[];
}

type Path = readonly (string | number)[];

const NUMBER_MESSAGES: Record<NumberProblem, string> = {
  not_a_number: 'Give a finite number or a plain decimal string such as "100" or "0.1".',
  not_finite: 'Infinity is not a quantity; give a finite number.',
  not_plain_decimal:
    'Write a plain decimal such as "0.1": no exponent (1e3), hex (0x10), underscores (1_000), spaces, or a bare leading point (.1).',
  empty_string: 'The value is empty; give a number such as "100".',
};

const NUMBER_CODES: Record<NumberProblem, string> = {
  not_a_number: 'not_a_number',
  not_finite: 'not_finite',
  not_plain_decimal: 'not_plain_decimal',
  empty_string: 'empty_number',
};

function readPositive(raw: unknown, path: Path, issues: Issue[]): Dec | undefined {
  const r = readDecimal(raw);
  if (!r.ok) {
    issues.push({ code: NUMBER_CODES[r.problem], path, message: NUMBER_MESSAGES[r.problem], received: describeReceived(raw) });
    return undefined;
  }
  if (r.value.lte(0)) {
    issues.push({ code: 'not_positive', path, message: 'This value must be greater than zero.', received: r.value.toFixed() });
    return undefined;
  }
  return r.value;
}

/** Reads `mass/volume` (e.g. `mg/mL`, `g/L`) into mg/mL. */
function readConcentration(raw: { value: unknown; unit: string }, path: Path, issues: Issue[]): Dec | undefined {
  const parts = raw.unit.split('/');
  const mass = parts.length === 2 ? readMassUnit(parts[0] as string) : undefined;
  const volume = parts.length === 2 ? readVolumeUnit(parts[1] as string) : undefined;
  if (mass === undefined || volume === undefined) {
    issues.push({
      code: 'unknown_unit',
      path: [...path, 'unit'],
      message: `"${raw.unit}" is not a concentration unit; use mg/mL (a 15% w/v solution is 150 mg/mL).`,
      expected: 'mg/mL',
      received: describeReceived(raw.unit),
    });
  }
  const value = readPositive(raw.value, [...path, 'value'], issues);
  if (mass === undefined || volume === undefined || value === undefined) return undefined;
  // mg/mL = value x (mg per mass unit) / (mL per volume unit)
  return value.mul(mgPer(mass)).div(mLPer(volume));
}

/** Reads a volume into mL. */
function readVolume(raw: { value: unknown; unit: string }, path: Path, issues: Issue[]): Dec | undefined {
  const unit = readVolumeUnit(raw.unit);
  if (unit === undefined) {
    issues.push({
      code: 'unknown_unit',
      path: [...path, 'unit'],
      message: `"${raw.unit}" is not a volume unit; use mL.`,
      expected: 'mL',
      received: describeReceived(raw.unit),
    });
  }
  const value = readPositive(raw.value, [...path, 'value'], issues);
  if (unit === undefined || value === undefined) return undefined;
  return value.mul(mLPer(unit));
}

/** Reads a mass into mg (`mg`, `g`, `ug`/`mcg`). */
function readMass(raw: { value: unknown; unit: string }, path: Path, issues: Issue[]): Dec | undefined {
  const unit = readMassUnit(raw.unit);
  if (unit === undefined) {
    issues.push({
      code: 'unknown_unit',
      path: [...path, 'unit'],
      message: `"${raw.unit}" is not a mass unit; use mg.`,
      expected: 'mg',
      received: describeReceived(raw.unit),
    });
  }
  const value = readPositive(raw.value, [...path, 'value'], issues);
  if (unit === undefined || value === undefined) return undefined;
  return value.mul(mgPer(unit));
}

/** Reads a whole number (a JSON number with no fraction) no smaller than `min`. */
function readWhole(raw: unknown, path: Path, min: number, what: string, issues: Issue[]): number | undefined {
  if (raw === undefined) {
    issues.push({ code: 'required', path, message: `${what} is required.` });
    return undefined;
  }
  if (typeof raw !== 'number') {
    issues.push({ code: 'invalid_type', path, message: `${what} must be a whole number (a JSON number).`, expected: 'integer', received: describeReceived(raw) });
    return undefined;
  }
  if (Number.isNaN(raw)) {
    issues.push({ code: 'not_a_number', path, message: NUMBER_MESSAGES.not_a_number, received: 'NaN' });
    return undefined;
  }
  if (!Number.isFinite(raw)) {
    issues.push({ code: 'not_finite', path, message: NUMBER_MESSAGES.not_finite, received: describeReceived(raw) });
    return undefined;
  }
  if (!Number.isSafeInteger(raw)) {
    issues.push({ code: 'not_an_integer', path, message: `${what} must be a whole number, not ${raw}.`, expected: 'integer', received: describeReceived(raw) });
    return undefined;
  }
  if (raw < min) {
    issues.push({
      code: min > 0 ? 'not_positive' : 'negative_value',
      path,
      message: `${what} must be ${min > 0 ? 'at least 1' : 'zero or more'}.`,
      received: describeReceived(raw),
    });
    return undefined;
  }
  return raw;
}

function parseNasalInput(raw: unknown): { ok: true; value: NasalInput } | { ok: false; issues: Issue[] } {
  const shape = nasalInputShape.safeParse(raw, { reportInput: true });
  if (!shape.success) return { ok: false, issues: shape.error.issues.flatMap(mapZodIssue) };
  const s = shape.data;
  const issues: Issue[] = [];

  const concentration = readConcentration(s.concentration, ['concentration'], issues);
  let actuationVolume: Dec | undefined;
  if (s.actuationVolume === undefined) {
    const why = NASAL_UNSOURCED.find((u) => u.input === 'actuationVolume')?.why ?? '';
    issues.push({
      code: 'actuation_volume_required',
      path: ['actuationVolume'],
      message: `Give the volume one actuation of the dispensed pump delivers, in mL; there is no default. ${why}`,
      expected: 'mL',
    });
  } else actuationVolume = readVolume(s.actuationVolume, ['actuationVolume'], issues);
  const dose = readMass(s.dose, ['dose'], issues);
  const dosesPerDay = readWhole(s.dosesPerDay, ['dosesPerDay'], 1, 'dosesPerDay', issues);
  const bottleVolume = readVolume(s.bottleVolume, ['bottleVolume'], issues);
  const maxDailyDose = readMass(s.maxDailyDose, ['maxDailyDose'], issues);
  const primingActuations =
    s.primingActuations === undefined ? undefined : readWhole(s.primingActuations, ['primingActuations'], 0, 'primingActuations', issues);

  const acknowledgements = s.acknowledgements ?? [];
  acknowledgements.forEach((a, i) => {
    if (a.reason.trim().length === 0)
      issues.push({
        code: 'acknowledgement_reason_required',
        path: ['acknowledgements', i, 'reason'],
        message: `Acknowledging "${a.code}" needs a reason; it is recorded in the plan.`,
      });
  });

  if (
    issues.length > 0 ||
    concentration === undefined ||
    actuationVolume === undefined ||
    dose === undefined ||
    dosesPerDay === undefined ||
    bottleVolume === undefined ||
    maxDailyDose === undefined
  ) {
    return { ok: false, issues };
  }
  return {
    ok: true,
    value: { concentration, actuationVolume, dose, dosesPerDay, bottleVolume, maxDailyDose, primingActuations, acknowledgements },
  };
}

// ---------------------------------------------------------------------------------------------
// The plan

const SPRAY = '{spray}';
const DOSE = '{dose}';

function fail(issues: readonly Issue[]): NasalSprayResult {
  const [first, ...rest] = issues;
  if (first === undefined) throw new Error('fail() needs at least one issue');
  return { ok: false, issues: [first, ...rest] };
}

const CHECK_PATH: Record<string, Path> = {
  nasal_dose_above_hard_limit: ['dose', 'value'],
  daily_dose_above_prescriber_limit: ['dosesPerDay'],
};

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
export function planNasalSpray(input: unknown): NasalSprayResult {
  const parsed = parseNasalInput(input);
  if (!parsed.ok) return fail(parsed.issues);
  return planParsed(parsed.value);
}

function planParsed(input: NasalInput): NasalSprayResult {
  const trace: TraceStep[] = [];
  const checks: Check[] = [];
  const issues: Issue[] = [];

  // mg/spray = mg/mL x mL/spray
  const mgPerSpray = input.concentration.mul(input.actuationVolume);
  trace.push({
    step: 'mg-per-spray',
    description: 'Ketamine in one spray of the dispensed pump.',
    formula: 'mg/{spray} = (mg/mL) x (mL/{spray})',
    inputs: { concentration: quantity(input.concentration, 'mg/mL'), actuationVolume: quantity(input.actuationVolume, 'mL') },
    result: quantity(mgPerSpray, `mg/${SPRAY}`),
  });

  // {spray} = mg / (mg/{spray}); a dose must be a whole number of sprays.
  const spraysExact = input.dose.div(mgPerSpray);
  const whole = input.dose.mod(mgPerSpray).isZero();
  trace.push({
    step: 'sprays-per-dose',
    description: whole
      ? 'Sprays for one dose: a whole number, so the pump delivers the dose exactly.'
      : 'Sprays for one dose: not a whole number, so the pump cannot deliver this dose.',
    formula: '{spray} = mg / (mg/{spray})',
    inputs: { dose: quantity(input.dose, 'mg'), mgPerSpray: quantity(mgPerSpray, `mg/${SPRAY}`) },
    result: quantity(spraysExact, SPRAY),
  });

  // Per-dose limits (as ordered; identical to delivered when the dose is whole sprays).
  for (const limit of NASAL_DOSE_LIMITS) {
    const value = dec(limit.value);
    const passed = input.dose.lte(value);
    checks.push({
      code: `nasal_dose_above_${limit.severity}_limit`,
      rule: limit.id,
      severity: limit.severity,
      passed,
      agent: 'ketamine',
      observed: quantity(input.dose, 'mg'),
      limit: quantity(value, limit.unit),
      source: limit.source,
      message: passed
        ? `The dose is within the ${limit.severity} limit of ${limit.value} ${limit.unit} per administration.`
        : limit.severity === 'hard'
          ? `The dose exceeds ${limit.value} ${limit.unit} per administration, the dose of the only repeated intranasal trial, which was stopped for poor tolerability; this cannot be overridden.`
          : `The dose exceeds ${limit.value} ${limit.unit} per administration, the highest single intranasal racemic dose in the trials found; acknowledge with a reason to proceed.`,
    });
  }

  // mg/d = mg/{dose} x {dose}/d
  const dailyDose = input.dose.mul(input.dosesPerDay);
  trace.push({
    step: 'daily-dose',
    description: 'Ketamine per day.',
    formula: 'mg/d = (mg/{dose}) x ({dose}/d)',
    inputs: { dose: quantity(input.dose, 'mg'), dosesPerDay: quantity(dec(input.dosesPerDay), `${DOSE}/d`) },
    result: quantity(dailyDose, 'mg/d'),
  });
  const dailyPassed = dailyDose.lte(input.maxDailyDose);
  const dailyUnsourced = NASAL_UNSOURCED.find((u) => u.input === 'maxDailyDose')?.why ?? '';
  checks.push({
    code: 'daily_dose_above_prescriber_limit',
    rule: 'input.maxDailyDose',
    severity: 'hard',
    passed: dailyPassed,
    agent: 'ketamine',
    observed: quantity(dailyDose, 'mg/d'),
    limit: quantity(input.maxDailyDose, 'mg/d'),
    message: dailyPassed
      ? `The daily total is within the prescriber's maximum of ${quantity(input.maxDailyDose, 'mg/d').value} mg/d. ${dailyUnsourced}`
      : `The daily total (dose x doses per day) exceeds the prescriber's maximum of ${quantity(input.maxDailyDose, 'mg/d').value} mg/d; lower the dose or the doses per day. ${dailyUnsourced}`,
  });

  if (!whole) {
    const below = spraysExact.floor();
    const above = spraysExact.ceil();
    const alternatives: Record<string, { sprays: Quantity; dose: Quantity }> = {};
    if (below.gte(1)) alternatives['below'] = { sprays: quantity(below, SPRAY), dose: quantity(below.mul(mgPerSpray), 'mg') };
    alternatives['above'] = { sprays: quantity(above, SPRAY), dose: quantity(above.mul(mgPerSpray), 'mg') };
    const options = Object.values(alternatives)
      .map((a) => `${a.dose.value} mg (${a.sprays.value} spray${a.sprays.value === '1' ? '' : 's'})`)
      .join(' or ');
    issues.push({
      code: 'dose_not_whole_sprays',
      path: ['dose', 'value'],
      message: `${quantity(input.dose, 'mg').value} mg is ${quantity(spraysExact, SPRAY).value} sprays of ${quantity(mgPerSpray, 'mg').value} mg; a pump gives whole sprays only. Nearest whole-spray doses: ${options}. Choose one, or change the concentration.`,
      observed: quantity(spraysExact, SPRAY),
      mgPerSpray: quantity(mgPerSpray, `mg/${SPRAY}`),
      ...alternatives,
    });
  }
  const hardFailures = checks.filter((c) => c.severity === 'hard' && !c.passed);
  if (!whole || hardFailures.length > 0) {
    return fail([...issues, ...hardFailures.map((c) => ({ ...c, path: CHECK_PATH[c.code] ?? [] }))]);
  }

  const spraysPerDose = spraysExact; // a whole number here
  // Alternate nostrils; an odd count puts the extra spray in the first nostril.
  const first = spraysPerDose.div(2).ceil();
  const second = spraysPerDose.div(2).floor();
  trace.push({
    step: 'nostril-split',
    description: 'Sprays of one dose split between the nostrils, alternating.',
    formula: 'first = ceil({spray}/2); second = floor({spray}/2)',
    inputs: { spraysPerDose: quantity(spraysPerDose, SPRAY) },
    result: `${first.toFixed()} + ${second.toFixed()}`,
  });
  const spraysPerDay = spraysPerDose.mul(input.dosesPerDay);

  // Bottle: priming, usable volume, whole sprays, whole doses, days.
  const primingStated = input.primingActuations !== undefined;
  const priming = dec(input.primingActuations ?? 0);
  if (!primingStated) {
    checks.push({
      code: 'priming_not_stated',
      rule: 'input.primingActuations',
      severity: 'info',
      passed: false,
      message: `No priming actuations were given, so none are counted and the bottle counts below are the most it can give. ${
        NASAL_UNSOURCED.find((u) => u.input === 'primingActuations')?.why ?? ''
      }`,
    });
  }
  // mL = {spray} x mL/{spray}
  const primingVolume = priming.mul(input.actuationVolume);
  const usableVolume = input.bottleVolume.sub(primingVolume);
  trace.push({
    step: 'usable-volume',
    description: primingStated ? 'Volume left for doses after priming the pump.' : 'Volume left for doses (no priming stated, none counted).',
    formula: 'mL = bottle mL - (priming {spray} x mL/{spray})',
    inputs: {
      bottleVolume: quantity(input.bottleVolume, 'mL'),
      primingActuations: quantity(priming, SPRAY),
      actuationVolume: quantity(input.actuationVolume, 'mL'),
    },
    result: quantity(usableVolume, 'mL'),
  });
  // {spray} = floor(mL / (mL/{spray})): a part spray is not a spray.
  const spraysAvailableExact = usableVolume.gt(0) ? usableVolume.div(input.actuationVolume) : dec(0);
  const spraysAvailable = spraysAvailableExact.floor();
  trace.push({
    step: 'sprays-available',
    description: 'Whole sprays in the usable volume.',
    formula: '{spray} = floor(mL / (mL/{spray}))',
    inputs: { usableVolume: quantity(usableVolume, 'mL'), actuationVolume: quantity(input.actuationVolume, 'mL') },
    result: quantity(spraysAvailable, SPRAY),
    rounding: {
      exact: quantity(spraysAvailableExact, SPRAY),
      increment: { value: '1', unit: SPRAY },
      mode: 'floor',
      reason: 'A part spray does not deliver a full spray.',
    },
  });
  // {dose} = floor({spray} / ({spray}/{dose}))
  const dosesExact = spraysAvailable.div(spraysPerDose);
  const dosesPerBottle = dosesExact.floor();
  if (dosesPerBottle.lt(1)) {
    return fail([
      {
        code: 'bottle_too_small_for_one_dose',
        path: ['bottleVolume', 'value'],
        message: `After priming, the bottle gives ${spraysAvailable.toFixed()} whole sprays, fewer than the ${spraysPerDose.toFixed()} one dose needs. Dispense a larger bottle.`,
        observed: quantity(spraysAvailable, SPRAY),
        limit: quantity(spraysPerDose, SPRAY),
      },
    ]);
  }
  trace.push({
    step: 'doses-per-bottle',
    description: 'Whole doses in the bottle.',
    formula: '{dose} = floor({spray} / ({spray}/{dose}))',
    inputs: { spraysAvailable: quantity(spraysAvailable, SPRAY), spraysPerDose: quantity(spraysPerDose, SPRAY) },
    result: quantity(dosesPerBottle, DOSE),
    rounding: {
      exact: quantity(dosesExact, DOSE),
      increment: { value: '1', unit: DOSE },
      mode: 'floor',
      reason: 'Sprays that do not make a whole dose are left over.',
    },
  });
  const leftoverSprays = spraysAvailable.sub(dosesPerBottle.mul(spraysPerDose));
  const amountInDoses = dosesPerBottle.mul(input.dose);
  // d = {dose} / ({dose}/d)
  const daysExact = dosesPerBottle.div(input.dosesPerDay);
  const days = daysExact.floor();
  trace.push({
    step: 'days-per-bottle',
    description: 'Whole days of full dosing the bottle covers.',
    formula: 'd = floor({dose} / ({dose}/d))',
    inputs: { dosesPerBottle: quantity(dosesPerBottle, DOSE), dosesPerDay: quantity(dec(input.dosesPerDay), `${DOSE}/d`) },
    result: quantity(days, 'd'),
    rounding: {
      exact: quantity(daysExact, 'd'),
      increment: { value: '1', unit: 'd' },
      mode: 'floor',
      reason: 'A day with fewer than the prescribed doses is not a full day of supply.',
    },
  });

  // Acknowledgements, as in the infusion planner.
  const finalChecks = checks.map((c) => {
    if (c.passed || c.severity !== 'soft') return c;
    const ack = input.acknowledgements.find((a) => a.code === c.code);
    return ack ? { ...c, acknowledgement: { reason: ack.reason } } : c;
  });
  for (const a of input.acknowledgements) {
    if (!finalChecks.some((c) => !c.passed && c.severity === 'soft' && c.code === a.code)) {
      finalChecks.push({
        code: 'acknowledgement_unused',
        rule: 'input.acknowledgements',
        severity: 'info',
        passed: false,
        message: `The acknowledgement of "${a.code}" matches no soft finding in this plan; check the code.`,
      });
    }
  }
  const needsAck = finalChecks.some((c) => c.severity === 'soft' && !c.passed && c.acknowledgement === undefined);

  return {
    ok: true,
    spray: {
      data: { id: 'ketamine-nasal', version: NASAL_DATA_VERSION },
      agent: { id: 'ketamine', name: 'Ketamine hydrochloride (racemic), compounded nasal spray', route: 'nasal' },
      concentration: quantity(input.concentration, 'mg/mL'),
      actuationVolume: quantity(input.actuationVolume, 'mL'),
      mgPerSpray: quantity(mgPerSpray, `mg/${SPRAY}`),
      dose: quantity(spraysPerDose.mul(mgPerSpray), 'mg'),
      spraysPerDose: quantity(spraysPerDose, SPRAY),
      nostrils: {
        first: quantity(first, SPRAY),
        second: quantity(second, SPRAY),
        instruction: second.isZero()
          ? '1 spray in one nostril.'
          : `Alternate nostrils: ${first.toFixed()} in one and ${second.toFixed()} in the other.`,
      },
      dosesPerDay: quantity(dec(input.dosesPerDay), `${DOSE}/d`),
      spraysPerDay: quantity(spraysPerDay, `${SPRAY}/d`),
      dailyDose: quantity(dailyDose, 'mg/d'),
      maxDailyDose: quantity(input.maxDailyDose, 'mg/d'),
      bottle: {
        volume: quantity(input.bottleVolume, 'mL'),
        primingActuations: quantity(priming, SPRAY),
        primingStated,
        primingVolume: quantity(primingVolume, 'mL'),
        usableVolume: quantity(usableVolume, 'mL'),
        spraysAvailable: quantity(spraysAvailable, SPRAY),
        dosesPerBottle: quantity(dosesPerBottle, DOSE),
        leftoverSprays: quantity(leftoverSprays, SPRAY),
        amountInDoses: quantity(amountInDoses, 'mg'),
        daysPerBottle: quantity(days, 'd'),
        daysPerBottleExact: quantity(daysExact, 'd'),
      },
      checks: finalChecks,
      acknowledgements: input.acknowledgements.map((a) => ({ code: a.code, reason: a.reason })),
      status: needsAck ? 'needs-acknowledgement' : 'ready',
      notes: NASAL_NOTES.map((n) => ({ kind: n.kind, text: n.text, source: n.source })),
      trace,
    },
  };
}
