/**
 * The catalogue's own door: an institution's formulary (agents, products, limits, protocols) enters
 * through this strict schema, then through semantic checks, before any plan is made from it.
 * The same schemas generate the JSON Schema files shipped in `schemas/`.
 */
import * as z from 'zod/mini';
import { EVIDENCE_GRADES, PATIENT_RISKS, WEIGHT_BASES } from '../catalogue/types.js';
import { mapCourseIssue } from './course.js';
import type { Issue } from '../types/issues.js';
import { citedPatternShape } from './pattern.js';
import { mapZodIssue } from './zod-issues.js';
import { lazySchema, memoise } from './lazy.js';

/** The small shapes every record shares, built together on first use. */
const parts = /* @__PURE__ */ memoise(() => {
  const decimalString = z.string().check(z.regex(/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/, 'a plain decimal string such as "0.35"'));
  const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, 'a lower-case id of letters, digits, "." and "-"'));
  const source = sourceSchema.get();
  const dataQuantity = z.strictObject({ value: decimalString, unit: z.string() });
  const weightRule = z.strictObject({ basis: z.enum(WEIGHT_BASES), reason: z.string(), source });
  const note = z.strictObject({
    kind: z.enum(['contraindication', 'monitoring', 'incompatibility', 'precaution', 'compatibility']),
    text: z.string(),
    source,
  });
  const requirement = z.strictObject({
    id: z.enum(['fasting', 'escort', 'ecg']),
    text: z.string(),
    hours: z.optional(decimalString),
    source,
  });
  return { decimalString, id, source, dataQuantity, weightRule, note, requirement };
});

/** A source record (built on first use, as every schema here). */
export const sourceSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    citation: z.string().check(z.minLength(3)),
    grade: z.enum(EVIDENCE_GRADES),
    verified: z.boolean(),
    conflict: z.optional(z.string()),
    note: z.optional(z.string()),
  }),
);

/** A limit on a dose, rate, concentration or duration. */
export const limitSchema = /* @__PURE__ */ lazySchema(() => {
  const { decimalString, id, source } = parts();
  return z.strictObject({
    id,
    careAreas: z.optional(z.array(id)),
    protocols: z.optional(z.array(id)),
    appliesTo: z.optional(z.enum(['maintenance'])),
    window: z.optional(z.union([z.strictObject({ hours: decimalString }), z.literal('course')])),
    condition: z.optional(z.enum(PATIENT_RISKS)),
    bound: z.enum(['upper', 'lower']),
    severity: z.enum(['soft', 'hard']),
    value: decimalString,
    unit: z.string(),
    source,
  });
});

/**
 * A product or agent code, in the shape its system writes it: an NDC as labeler-product (4-5 and 3-4
 * digits) or labeler-product-package, an RxNorm concept as digits. A code in any other shape is refused.
 */
const productCode = /* @__PURE__ */ memoise(() => {
  const source = sourceSchema.get();
  return z.union([
    z.strictObject({
      system: z.literal('http://hl7.org/fhir/sid/ndc'),
      code: z.string().check(z.regex(/^\d{4,5}-\d{3,4}(?:-\d{1,2})?$/, 'an NDC such as "0409-2051"')),
      source,
    }),
    z.strictObject({
      system: z.literal('http://www.nlm.nih.gov/research/umls/rxnorm'),
      code: z.string().check(z.regex(/^[1-9]\d{0,9}$/, 'an RxNorm concept id such as "6130"')),
      source,
    }),
  ]);
});

/** A vial, ampoule or premix. */
export const productSchema = /* @__PURE__ */ lazySchema(() => {
  const { decimalString, id, source, dataQuantity } = parts();
  return z.strictObject({
    id,
    agent: id,
    name: z.string(),
    form: z.enum(['vial', 'ampoule', 'premix']),
    strength: dataQuantity,
    volume: z.optional(dataQuantity),
    multiDose: z.boolean(),
    dilution: z.enum(['required', 'allowed', 'not-recommended', 'ready-to-use']),
    ramp: z.optional(
      z.strictObject({
        unit: z.enum(['mg/kg/min', 'mL/kg/min', 'mg/kg/h', 'mL/kg/h']),
        start: decimalString,
        steps: z.array(decimalString),
        everyMinutes: decimalString,
        max: decimalString,
        maxAtRisk: z.optional(decimalString),
        source,
      }),
    ),
    family: z.optional(z.strictObject({ id, mixSizes: z.boolean(), source })),
    codes: z.optional(z.array(productCode())),
    source,
  });
});

/** A label's dose adjustment by patient (age or risk). */
const adjustment = /* @__PURE__ */ memoise(() => {
  const { decimalString, id, source } = parts();
  return z.strictObject({
    id,
    when: z.union([z.strictObject({ ageOver: decimalString }), z.strictObject({ risk: z.enum(PATIENT_RISKS) })]),
    action: z.union([
      z.strictObject({ kind: z.literal('contraindicated') }),
      z.strictObject({ kind: z.literal('review') }),
      z.strictObject({ kind: z.literal('maximum-loading'), value: decimalString, unit: z.string() }),
      z.strictObject({ kind: z.literal('minimum-duration'), value: decimalString, unit: z.string() }),
    ]),
    protocols: z.optional(z.array(id)),
    text: z.string(),
    source,
  });
});

/** An agent with its products, diluents, limits and notes. */
export const agentSchema = /* @__PURE__ */ lazySchema(() => {
  const { id, source, weightRule, note, requirement } = parts();
  return z.strictObject({
    id,
    name: z.string(),
    massUnit: z.enum(['g', 'mg', 'ug']),
    displayUnit: z.optional(z.strictObject({ unit: z.enum(['g', 'mg', 'ug']), source })),
    weight: weightRule,
    products: z.array(productSchema.get()),
    diluents: z.array(z.strictObject({ id, source })),
    limits: z.array(limitSchema.get()),
    notes: z.array(note),
    requirements: z.optional(z.array(requirement)),
    adjustments: z.optional(z.array(adjustment())),
    controlledSubstance: z.optional(z.string()),
    codes: z.optional(z.array(productCode())),
    source,
  });
});

/** A protocol's dose parameter, titration, adjuncts and clearance bands. */
const protocolParts = /* @__PURE__ */ memoise(() => {
  const { decimalString, source } = parts();
  const doseParameter = z.strictObject({
    unit: z.string(),
    value: z.optional(decimalString),
    min: z.optional(decimalString),
    max: z.optional(decimalString),
    usual: z.optional(decimalString),
    source,
  });
  const sourcedQuantity = z.strictObject({ value: decimalString, unit: z.string(), source });
  const titration = z.strictObject({
    param: z.enum(['rate', 'total']),
    step: sourcedQuantity,
    stepDown: z.optional(sourcedQuantity),
    response: z.strictObject({
      kind: z.enum(['relief-percent', 'nrs-drop']),
      threshold: decimalString,
      recordedOnly: z.optional(z.boolean()),
      source,
    }),
    futilityAfter: z.optional(z.int().check(z.minimum(1))),
    futilitySource: z.optional(source),
    start: z.optional(sourcedQuantity),
    source,
  });
  const adjunct = z.strictObject({
    drug: z.string(),
    dose: z.optional(z.strictObject({ value: z.optional(decimalString), min: z.optional(decimalString), max: z.optional(decimalString), unit: z.string() })),
    route: z.enum(['IV', 'PO']),
    when: z.string(),
    optional: z.boolean(),
    source,
  });
  const band = z.strictObject({
    min: z.optional(decimalString),
    max: z.optional(decimalString),
    minExclusive: z.optional(z.boolean()),
    maxInclusive: z.optional(z.boolean()),
    dose: z.optional(decimalString),
  });
  const clearanceBands = z.strictObject({ bands: z.array(band), unit: z.string(), weight: z.enum(WEIGHT_BASES), source });
  return { doseParameter, titration, adjunct, clearanceBands };
});

/** A dosing protocol. */
export const protocolSchema = /* @__PURE__ */ lazySchema(() => {
  const { decimalString, id, source, dataQuantity, weightRule, note, requirement } = parts();
  const { doseParameter, titration, adjunct, clearanceBands } = protocolParts();
  return z.strictObject({
    id,
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'a version such as "1.0.0"')),
    name: z.string(),
    agent: id,
    indication: z.string(),
    regimen: z.enum(['rate-duration', 'total-duration', 'total-rate']),
    rate: z.optional(doseParameter),
    total: z.optional(doseParameter),
    duration: z.optional(doseParameter),
    caps: z.array(z.strictObject({ id, value: decimalString, unit: z.string(), source })),
    loading: z.optional(z.strictObject({ total: doseParameter, duration: doseParameter })),
    phases: z.optional(z.array(z.strictObject({ rate: dataQuantity, duration: z.optional(dataQuantity) })).check(z.minLength(1))),
    clearanceBands: z.optional(clearanceBands),
    wholeVials: z.optional(z.strictObject({ source, tolerance: z.strictObject({ percent: decimalString, source }) })),
    weight: z.optional(weightRule),
    preparation: z.strictObject({
      style: z.enum(['whole-bag', 'standard-concentration']),
      products: z.array(id).check(z.minLength(1)),
      diluent: z.optional(id),
      containerVolume: z.optional(decimalString),
      containerKind: z.enum(['bag', 'syringe']),
      concentration: z.optional(decimalString),
      additiveVolume: z.enum(['add', 'withdraw-equal']),
      source,
    }),
    schedule: z.strictObject({
      sessions: z.int().check(z.minimum(1)),
      description: z.string(),
      source,
      pattern: z.optional(citedPatternShape(source)),
    }),
    titration: z.optional(titration),
    adjuncts: z.optional(z.array(adjunct)),
    requirements: z.optional(z.array(requirement)),
    notes: z.array(note),
    source,
  });
});

/** A diluent and the bag volumes stocked. */
export const diluentSchema = /* @__PURE__ */ lazySchema(() => {
  const { decimalString, id, source } = parts();
  return z.strictObject({
    id,
    name: z.string(),
    bagVolumes: z.array(decimalString),
    source,
  });
});

/** A whole catalogue. */
export const catalogueSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    version: z.string().check(z.minLength(1)),
    agents: z.array(agentSchema.get()),
    diluents: z.array(diluentSchema.get()),
    protocols: z.array(protocolSchema.get()),
    patientLimits: z.array(limitSchema.get()),
  }),
);

/**
 * Maps a catalogue zod issue to library issues: an unknown schedule pattern kind is
 * `unknown_pattern` with the kinds listed, as in a course request; every other issue as `mapZodIssue`.
 */
export function mapCatalogueIssue(issue: z.core.$ZodIssue, input: unknown): Issue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'invalid_union' && path.at(-1) === 'kind' && path.includes('pattern')) return mapCourseIssue(issue, input);
  return mapZodIssue(issue);
}
