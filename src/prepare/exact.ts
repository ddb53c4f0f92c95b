/**
 * A protocol's numbers read once, when it is prepared: every data string a stage reads per plan
 * (dose parameters, caps, container volume, fixed-rate phases, product strengths, volumes and label
 * ramps, the lightest adult weight) as an exact decimal, in base units where it has a measure. A
 * stage reads these and never parses a data string itself (tests/architecture/no-data-parse.test.ts).
 * A unit no measure can read is kept as `undefined` here, so the stage that needs it throws exactly
 * where and when it did before (catalogue validation rejects such units).
 */
import { type Dec, dec, maxDec, minDec } from '../decimal/index.js';
import { belongsToProtocol } from '../catalogue/scope.js';
import type {
  Agent,
  Catalogue,
  ClearanceBands,
  Diluent,
  DoseParameter,
  Limit,
  PatientAdjustment,
  Product,
  Protocol,
  ProtocolCap,
  Requirement,
} from '../catalogue/types.js';
import { type MeasuredValue, readMeasure } from '../units/measure.js';
import { strengthOf, volumeMlOf } from '../compounding/draw.js';

/** A dose parameter in base units: its measure (from its unit), its stated value and its bounds. */
export interface ExactParam {
  readonly measure: MeasuredValue['measure'];
  /** The stated value as written (in the protocol's unit) and in base units. */
  readonly value: { readonly stated: Dec; readonly base: Dec } | undefined;
  readonly min: Dec | undefined;
  readonly max: Dec | undefined;
  readonly usual: Dec | undefined;
}

/** A protocol cap with its value in base units (`undefined` when no measure reads its unit). */
export interface ExactCap {
  readonly cap: ProtocolCap;
  readonly read: MeasuredValue | undefined;
}

/** A label ramp in mg/kg/min: start, steps and the maximum that applies. */
export interface RampInForce {
  readonly start: Dec;
  readonly steps: Dec[];
  readonly max: Dec;
  readonly everyH: Dec;
}

/** A product's numbers: strength (mg/mL as stated), volume in mL, and its label ramp for a patient not at risk and at risk. */
export interface ExactProduct {
  readonly strength: Dec;
  readonly volumeMl: Dec | undefined;
  readonly ramp: { readonly usual: RampInForce; readonly atRisk: RampInForce } | undefined;
}

/** A fixed-rate phase: mL/h, and its duration in h when it has one. */
export interface ExactPhase {
  readonly rate: Dec;
  readonly durationH: Dec | undefined;
}

/** A creatinine-clearance band with its bounds in mL/min (the data states mL/min). */
export interface ExactBand {
  readonly band: ClearanceBands['bands'][number];
  readonly min: Dec | undefined;
  readonly max: Dec | undefined;
}

/** A pre-infusion requirement, with the minimum hours a fasting one states (zero when it states none). */
export interface ExactRequirement {
  readonly req: Requirement;
  /** For fasting only: the minimum hours. */
  readonly hours: Dec | undefined;
}

/** A patient adjustment with its age threshold in years, and its action's value as stated and in base units. */
export interface ExactAdjustment {
  readonly adjustment: PatientAdjustment;
  readonly ageOver: Dec | undefined;
  /** For `maximum-loading` and `minimum-duration`: the value as stated, and read in base units (`undefined` when no measure reads its unit). */
  readonly value: { readonly stated: Dec; readonly read: MeasuredValue | undefined } | undefined;
}

/** The protocol's whole-vial rule with its tolerance in percent of the order. */
export interface ExactWholeVials {
  readonly rule: NonNullable<Protocol['wholeVials']>;
  readonly tolerancePercent: Dec;
}

/** A diluent with the bag volumes it is stocked in, in mL. */
export interface ExactDiluent {
  readonly diluent: Diluent;
  readonly bagVolumesMl: readonly Dec[];
}

/** Everything numeric a plan of one protocol reads from the catalogue, read once. */
export interface ExactProtocol {
  readonly rate: ExactParam | undefined;
  readonly total: ExactParam | undefined;
  readonly duration: ExactParam | undefined;
  readonly loadingTotal: ExactParam | undefined;
  readonly loadingDuration: ExactParam | undefined;
  readonly caps: readonly ExactCap[];
  /** The protocol's container volume in mL (its data states mL). */
  readonly containerMl: Dec | undefined;
  /** The protocol's shortest duration in h (`duration.min`), when it states one. */
  readonly durationMinH: Dec | undefined;
  readonly phases: readonly ExactPhase[] | undefined;
  /** By product record: every product of the agent. */
  readonly products: ReadonlyMap<Product, ExactProduct>;
  /** The lightest adult weight in kg by the catalogue's hard lower weight limits (zero when none). */
  readonly lightestAdultKg: Dec;
  /** The creatinine-clearance bands in their order, when the protocol doses by them. */
  readonly clearanceBands: readonly ExactBand[] | undefined;
  /** The agent's requirements, then the protocol's. */
  readonly requirements: readonly ExactRequirement[];
  /** The agent's patient adjustments that belong to this protocol, in their order. */
  readonly adjustments: readonly ExactAdjustment[];
  readonly wholeVials: ExactWholeVials | undefined;
  /** By diluent id: every diluent of the catalogue (the first of an id, as a search by id finds it). */
  readonly diluents: ReadonlyMap<string, ExactDiluent>;
}

const PARAMS = new WeakMap<DoseParameter, ExactParam | undefined>();

/**
 * A dose parameter read into base units, or `undefined` when no measure reads its unit. Read once per
 * frozen record (catalogue data is deep-frozen when validated); an unfrozen one is read afresh.
 */
export function exactParam(p: DoseParameter): ExactParam | undefined {
  if (PARAMS.has(p)) return PARAMS.get(p);
  const unit = readMeasure(dec(1), p.unit);
  const base = (v: string | undefined) => (v === undefined ? undefined : (readMeasure(dec(v), p.unit) as MeasuredValue).base);
  const read: ExactParam | undefined = unit && {
    measure: unit.measure,
    value: p.value === undefined ? undefined : { stated: dec(p.value), base: base(p.value) as Dec },
    min: base(p.min),
    max: base(p.max),
    usual: base(p.usual),
  };
  if (Object.isFrozen(p)) PARAMS.set(p, read);
  return read;
}

/** A label ramp in mg/kg/min: start, steps and the maximum that applies (the at-risk one when at risk). */
function rampInMgPerKgMin(ramp: NonNullable<Product['ramp']>, strengthMgPerMl: Dec, atRisk: boolean): RampInForce {
  // mg/kg/min from mL/kg/min x mg/mL; per hour / 60.
  const toMgKgMin = (v: string) => {
    const x = dec(v);
    const perMin = ramp.unit.endsWith('/h') ? x.div(60) : x;
    return ramp.unit.startsWith('mL') ? perMin.mul(strengthMgPerMl) : perMin;
  };
  const max = toMgKgMin(atRisk && ramp.maxAtRisk !== undefined ? ramp.maxAtRisk : ramp.max);
  const start = minDec(toMgKgMin(ramp.start), max);
  return { start, steps: ramp.steps.map(toMgKgMin).filter((s) => s.gt(start) && s.lt(max)), max, everyH: dec(ramp.everyMinutes).div(60) };
}

function exactProduct(p: Product): ExactProduct {
  // Read once per product record, shared with the compounding arithmetic.
  const strength = strengthOf(p);
  return {
    strength,
    volumeMl: volumeMlOf(p),
    ramp: p.ramp ? { usual: rampInMgPerKgMin(p.ramp, strength, false), atRisk: rampInMgPerKgMin(p.ramp, strength, true) } : undefined,
  };
}

/**
 * The lightest weight an adult can have by the catalogue's patient limits (its hard lower weight limits
 * in kg, the strictest), or zero when it sets none.
 */
function lightestAdultKg(patientLimits: readonly Limit[]): Dec {
  const lower = patientLimits.filter((l) => l.id.split('.')[1] === 'weight' && l.bound === 'lower' && l.severity === 'hard' && l.unit === 'kg');
  return lower.reduce((m, l) => maxDec(m, dec(l.value)), dec(0));
}

/** A protocol cap read into base units. */
export function exactCap(cap: ProtocolCap): ExactCap {
  return { cap, read: readMeasure(dec(cap.value), cap.unit) };
}

const optionalDec = (v: string | undefined): Dec | undefined => (v === undefined ? undefined : dec(v));

/** The protocol's whole-vial rule with its tolerance read. */
export function exactWholeVials(rule: Protocol['wholeVials']): ExactWholeVials | undefined {
  return rule && { rule, tolerancePercent: dec(rule.tolerance.percent) };
}

/** An adjustment's age threshold and action value read. */
function exactAdjustment(a: PatientAdjustment): ExactAdjustment {
  const act = a.action;
  const stated = act.kind === 'maximum-loading' || act.kind === 'minimum-duration' ? dec(act.value) : undefined;
  return {
    adjustment: a,
    ageOver: 'ageOver' in a.when ? dec(a.when.ageOver) : undefined,
    value: stated && 'unit' in act ? { stated, read: readMeasure(stated, act.unit) } : undefined,
  };
}

/** Each diluent by id; the first of an id wins, as `find` by id would pick it. */
function exactDiluents(diluents: readonly Diluent[]): ReadonlyMap<string, ExactDiluent> {
  const byId = new Map<string, ExactDiluent>();
  for (const d of diluents) if (!byId.has(d.id)) byId.set(d.id, { diluent: d, bagVolumesMl: d.bagVolumes.map((v) => dec(v)) });
  return byId;
}

const optionalParam = (p: DoseParameter | undefined): ExactParam | undefined => (p === undefined ? undefined : exactParam(p));

/** Reads every number a plan of `protocol` (of `agent`, in `catalogue`) reads. */
export function exactProtocol(catalogue: Catalogue, protocol: Protocol, agent: Agent): ExactProtocol {
  const d = protocol.duration;
  return {
    rate: optionalParam(protocol.rate),
    total: optionalParam(protocol.total),
    duration: optionalParam(d),
    loadingTotal: optionalParam(protocol.loading?.total),
    loadingDuration: optionalParam(protocol.loading?.duration),
    caps: protocol.caps.map(exactCap),
    containerMl: protocol.preparation.containerVolume === undefined ? undefined : dec(protocol.preparation.containerVolume),
    durationMinH: d?.min === undefined ? undefined : (readMeasure(dec(d.min), d.unit)?.base ?? dec(0)),
    phases: protocol.phases?.map((ph) => ({
      rate: dec(ph.rate.value),
      durationH: ph.duration ? (readMeasure(dec(ph.duration.value), ph.duration.unit)?.base ?? dec(0)) : undefined,
    })),
    products: new Map(agent.products.map((p) => [p, exactProduct(p)])),
    lightestAdultKg: lightestAdultKg(catalogue.patientLimits),
    clearanceBands: protocol.clearanceBands?.bands.map((band) => ({ band, min: optionalDec(band.min), max: optionalDec(band.max) })),
    requirements: [...(agent.requirements ?? []), ...(protocol.requirements ?? [])].map((req) => ({
      req,
      hours: req.id === 'fasting' ? dec(req.hours ?? '0') : undefined,
    })),
    adjustments: (agent.adjustments ?? []).filter((a) => belongsToProtocol(a, protocol.id)).map(exactAdjustment),
    wholeVials: exactWholeVials(protocol.wholeVials),
    diluents: exactDiluents(catalogue.diluents),
  };
}
