/**
 * The full shape of a single-infusion plan as `planInfusion` writes it: every field of {@link Plan},
 * each object strict (the library builds the plan, so an unknown key is not one of its plans), each
 * quantity a plain decimal string with a unit from the closed set {@link PLAN_UNITS}, each closed
 * vocabulary (severity, weight basis, evidence grade, check code, rounding mode, kinds) by its list.
 * The readers of a plan (`checkPlan`, `formatPlan`, `toFhir`) refuse anything else with `not_a_plan`
 * and the path of the bad field, so a malformed plan never reaches their arithmetic.
 *
 * Which unit a field takes (a volume where a volume belongs) is not this schema's concern: checkPlan
 * reads each quantity by its kind and reports a unit of the wrong kind as `unreadable_quantity`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazySchema, memoise } from './lazy.js';
import { EVIDENCE_GRADES, PRODUCT_CODE_SYSTEMS, SEVERITIES, WEIGHT_BASES } from '../catalogue/types.js';
import { TITRATION_DECISIONS, TITRATION_RULE_IDS } from '../catalogue/titration.js';
import { ROUNDING_MODES } from '../decimal/index.js';
import { CHECK_CODES } from '../types/codes.js';
import { DOSE_UNIT_CODES, HEIGHT_UNITS, MASS_UNITS, TIME_UNITS, VOLUME_UNITS, WEIGHT_UNITS } from '../units/index.js';

/**
 * Every unit a plan can state: the unit table's masses, volumes, times, weights and heights; every dose
 * unit (mass, per kg, per min or h) and the same per day (a daily cap); concentrations (mass per volume);
 * volume rates (per min or h, and per kg per h); and the patient and count units the planner writes
 * (years `a`, days `d`, serum creatinine `mg/dL` and `umol/L`, body-surface area `m2`, BMI `kg/m2`,
 * creatinine clearance `mL/min`, a percentage, a pure number `1`, sessions and sprays).
 */
export const PLAN_UNITS: readonly string[] = Object.freeze([
  ...new Set([
    ...MASS_UNITS,
    ...VOLUME_UNITS,
    ...TIME_UNITS,
    'd',
    ...WEIGHT_UNITS,
    ...HEIGHT_UNITS,
    ...DOSE_UNIT_CODES,
    ...MASS_UNITS.flatMap((m) => [`${m}/d`, `${m}/kg/d`]),
    ...MASS_UNITS.flatMap((m) => VOLUME_UNITS.map((v) => `${m}/${v}`)),
    ...VOLUME_UNITS.flatMap((v) => [...TIME_UNITS.map((t) => `${v}/${t}`), `${v}/kg/h`]),
    'a',
    'mg/dL',
    'umol/L',
    'm2',
    'kg/m2',
    '%',
    '1',
    '{session}',
    '{spray}',
  ]),
]);

const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** The shapes every part of a plan shares, built together on first use (as every schema here). */
const basics = /* @__PURE__ */ memoise(() => {
  const decimal = z.string().check(z.regex(PLAIN_DECIMAL, 'a plain decimal string such as "0.35"'));
  const quantity = z.strictObject({ value: decimal, unit: z.enum(PLAN_UNITS as [string, ...string[]]) });
  const source = z.strictObject({
    citation: z.string(),
    grade: z.enum(EVIDENCE_GRADES),
    verified: z.boolean(),
    conflict: z.optional(z.string()),
    note: z.optional(z.string()),
  });
  const roundingMode = z.enum(ROUNDING_MODES);

  const check = z.strictObject({
    code: z.enum(CHECK_CODES as [string, ...string[]]),
    rule: z.string(),
    severity: z.enum(SEVERITIES),
    passed: z.boolean(),
    agent: z.optional(z.string()),
    observed: z.optional(quantity),
    limit: z.optional(quantity),
    source: z.optional(source),
    message: z.string(),
    acknowledgement: z.optional(z.strictObject({ reason: z.string(), by: z.optional(z.string()), at: z.optional(z.string()) })),
  });
  /** A product's catalogue codes (NDC, RxNorm), each with its source. */
  const codes = z.optional(z.array(z.strictObject({ system: z.enum(PRODUCT_CODE_SYSTEMS), code: z.string(), source })));
  return { decimal, quantity, source, roundingMode, check, codes };
});

/** A list of a plan's checks, as a result's `warnings` or `notices` hold them. */
export const checkListSchema = /* @__PURE__ */ lazySchema(() => z.array(basics().check));

/** The trace, dosing weight, agents' doses and titration of a plan. */
const doseParts = /* @__PURE__ */ memoise(() => {
  const { quantity, source } = basics();
  const traceStep = z.strictObject({
    step: z.string(),
    description: z.string(),
    formula: z.optional(z.string()),
    inputs: z.optional(z.record(z.string(), z.union([quantity, z.string()]))),
    result: z.union([quantity, z.string()]),
    rounding: z.optional(z.strictObject({ exact: quantity, increment: quantity, mode: z.string(), reason: z.optional(z.string()) })),
  });

  const dosingWeight = z.strictObject({
    value: quantity,
    basis: z.enum(WEIGHT_BASES),
    requestedBasis: z.enum(WEIGHT_BASES),
    reason: z.string(),
    formula: z.string(),
    source,
    actual: quantity,
    ideal: z.optional(quantity),
    adjusted: z.optional(quantity),
    lean: z.optional(quantity),
    bmi: z.optional(quantity),
  });

  const agentDose = z.strictObject({
    agent: z.string(),
    name: z.string(),
    prescribed: z.strictObject({
      rate: z.optional(quantity),
      total: z.optional(quantity),
      duration: z.optional(quantity),
      loading: z.optional(quantity),
      from: z.record(z.string(), z.enum(['protocol', 'clinician', 'titration'])),
    }),
    orderedDose: z.strictObject({ total: quantity }),
    doseRate: quantity,
    totalDose: quantity,
    caps: z.array(z.strictObject({ id: z.string(), limit: quantity, bound: z.boolean(), uncapped: quantity, source })),
    delivered: z.strictObject({ doseRate: quantity, doseRatePerKg: quantity, totalDose: quantity, totalDosePerKg: quantity }),
    displayUnit: z.enum(['g', 'mg', 'ug']),
  });

  const titration = z.strictObject({
    decision: z.enum(TITRATION_DECISIONS),
    param: z.enum(['rate', 'total']),
    dose: z.optional(quantity),
    lastDose: z.optional(quantity),
    bound: z.optional(z.enum(['maximum', 'start'])),
    rule: z.enum(TITRATION_RULE_IDS),
    reason: z.string(),
    responded: z.boolean(),
    sessionsWithoutResponse: z.number(),
    sources: z.array(source),
  });
  return { traceStep, dosingWeight, agentDose, titration };
});

/** The bag with its additives and diluent. */
const bagShape = /* @__PURE__ */ memoise(() => {
  const { quantity, codes } = basics();
  const product = z.strictObject({ id: z.string(), name: z.string() });
  const additive = z.strictObject({
    agent: z.string(),
    product: z.strictObject({ id: z.string(), name: z.string(), strength: quantity, codes }),
    orderedAmount: quantity,
    exactVolume: quantity,
    volume: quantity,
    amount: quantity,
    rounding: z.strictObject({ increment: quantity, mode: z.enum([...ROUNDING_MODES, 'whole-vials']), roundedDownForLimit: z.boolean() }),
    containers: z.nullable(z.number()),
    containerVolume: z.nullable(quantity),
    vials: z.optional(z.array(z.strictObject({ product, containerVolume: quantity, count: z.number() }))),
    leftover: z.nullable(z.strictObject({ volume: quantity, amount: quantity, kind: z.enum(['waste', 'remains-in-multi-dose-vial']) })),
  });

  const bag = z.strictObject({
    style: z.enum(['whole-bag', 'standard-concentration']),
    container: z.strictObject({ kind: z.enum(['bag', 'syringe', 'premix']), nominalVolume: quantity, productId: z.optional(z.string()), codes }),
    additives: z.array(additive),
    diluent: z.nullable(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        nominalVolume: quantity,
        overfill: quantity,
        overfillStated: z.boolean(),
        withdrawn: quantity,
        volume: quantity,
      }),
    ),
    additiveVolume: z.nullable(z.enum(['add', 'withdraw-equal'])),
    finalVolume: quantity,
    concentrations: z.array(z.strictObject({ agent: z.string(), value: quantity })),
    residualVolume: quantity,
  });
  return bag;
});

/** The pump settings with their segments. */
const pumpShape = /* @__PURE__ */ memoise(() => {
  const { quantity, roundingMode } = basics();
  const segment = z.strictObject({
    kind: z.enum(['loading', 'maintenance', 'phase']),
    rate: quantity,
    duration: quantity,
    volume: quantity,
    doses: z.array(z.strictObject({ agent: z.string(), amount: quantity, doseRate: quantity })),
  });

  const pump = z.strictObject({
    rateExact: quantity,
    rate: quantity,
    increment: quantity,
    rounding: z.strictObject({ mode: roundingMode, roundedDownForLimit: z.boolean() }),
    volumeToBeInfused: quantity,
    duration: quantity,
    durationOrdered: quantity,
    minRate: quantity,
    maxRate: quantity,
    segments: z.array(segment),
  });
  return pump;
});

/** A single-infusion plan, every field (see {@link Plan} in src/types/plan.ts). */
export const planSchema = /* @__PURE__ */ lazySchema(() => {
  const { quantity, source, check } = basics();
  const { traceStep, dosingWeight, agentDose, titration } = doseParts();
  return z.strictObject({
    library: z.strictObject({ name: z.literal('infusion-dose'), version: z.string() }),
    catalogue: z.strictObject({ id: z.string(), version: z.string(), careArea: z.optional(z.string()) }),
    protocol: z.strictObject({ id: z.string(), version: z.string(), name: z.string(), indication: z.string(), source }),
    session: z.strictObject({ number: z.number(), of: z.number(), schedule: z.string() }),
    patient: z.strictObject({
      weight: quantity,
      height: z.optional(quantity),
      sex: z.optional(z.enum(['female', 'male'])),
      ageYears: z.optional(quantity),
      creatinine: z.optional(quantity),
      bodySurfaceArea: z.optional(quantity),
      creatinineClearance: z.optional(quantity),
    }),
    dosingWeight,
    agents: z.array(agentDose),
    bag: bagShape(),
    pump: pumpShape(),
    checks: z.array(check),
    acknowledgements: z.array(z.strictObject({ code: z.string(), reason: z.string(), by: z.optional(z.string()), at: z.optional(z.string()) })),
    status: z.enum(['ready', 'needs-acknowledgement']),
    notes: z.array(z.strictObject({ kind: z.string(), text: z.string(), source })),
    adjuncts: z.array(
      z.strictObject({
        drug: z.string(),
        dose: z.nullable(z.union([quantity, z.strictObject({ min: quantity, max: quantity })])),
        route: z.enum(['IV', 'PO']),
        when: z.string(),
        optional: z.boolean(),
        source,
      }),
    ),
    requirements: z.array(z.strictObject({ id: z.string(), text: z.string(), confirmed: z.nullable(z.boolean()), source })),
    titration: z.optional(titration),
    trace: z.array(traceStep),
  });
});
