/**
 * A second, independent derivation of a plan's ordered dose, dosing weight and bag concentration,
 * from the protocol record and the patient in the request (issue 11 item 9).
 *
 * `checkPlan` re-works a plan from its own bag and pump numbers; it takes the product strength, the
 * dosing weight and the ordered dose from the plan. This file does not: it reads the protocol and
 * agent records of the catalogue (data, not code) and the request, and works the dose out again with
 * its own unit factors and its own body-size formulas, written here from the reference
 * (shared/reference/clinical-dosing.md section 9), never imported from src/units, src/patient,
 * src/stages or any other arithmetic of the library. A wrong factor in the library's unit table, or
 * a dosing weight on the wrong basis, therefore shows here as a disagreement.
 *
 * What it derives:
 * - the dosing weight: actual weight (lb x 0.45359237 = kg), or Devine ideal weight (50 kg male,
 *   45.5 kg female, + 2.3 kg per inch over 60 in; in = cm / 2.54), actual weight when not above it;
 *   adjusted weight IBW + 0.4 x (TBW - IBW); lean weight (Janmahasatian);
 * - the ordered dose: the regimen's two given values (the clinician's, else the protocol's; a
 *   creatinine-clearance band's dose by Cockcroft-Gault; a label ramp's start rate; fixed-rate
 *   phases' duration), per kg times the dosing weight, the third derived, then the protocol's caps;
 *   a loading dose added to the session total;
 * - the bag: the amount of each additive as the volume drawn (the one number the pharmacist acts
 *   on) times the product's strength from the catalogue record, and the concentration = that amount
 *   / the final volume; for a fixed-concentration bag the protocol's concentration (or the premix or
 *   vial's own strength).
 *
 * What it takes from the plan, and why: the titration engine's dose (`prescribed`, when `from` says
 * `titration`: the engine's decision is tested on its own), the product the planner chose among
 * those the protocol lists, the volume drawn and the final volume (both already re-worked by
 * checkPlan from the bag's own numbers), the pump increment and the diluent's overfill.
 *
 * Tolerances (each a stated, worst-case bound, never a fit to the output):
 * - printed values: 6 decimal places, half-up, so 0.000001 of the printed unit on each side;
 * - the bag: one draw increment (0.01 mL below 1 mL, 0.1 mL from 1 mL) x strength per additive,
 *   since a draw is rounded to the nearest step or, for a limit, one step down;
 * - the pump: one pump increment (default 0.1 mL/h) x concentration, a whole step because the rate
 *   may be rounded down for a limit; and the volume to be infused to 0.1 mL x concentration;
 * - whole-vial protocols (immune globulin) round the bag to whole vials on purpose: there the bag
 *   and the delivered total are not compared with the order (that rounding has its own rule).
 */
import Decimal from 'decimal.js';
import type { Catalogue, Plan, Protocol } from '../../src/index.js';

/** The test side's own exact decimals: a private clone, 60 digits, half-up. */
const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
type D = Decimal;
const d = (v: string | number): D => new D(v);

// ------------------------------------------------------------------------------------------------
// Unit factors, written from shared/reference/clinical-dosing.md section 9 (and the SI prefixes)

/** mg in one unit: g = 1000 mg, mcg = ug = 1/1000 mg. */
const MG_IN: Readonly<Record<string, string>> = { g: '1000', mg: '1', mcg: '0.001', ug: '0.001' };
/** mL in one unit. */
const ML_IN: Readonly<Record<string, string>> = { mL: '1', ml: '1', L: '1000' };
/** Hours in one unit: 60 min = 1 h. */
const H_IN: Readonly<Record<string, string>> = { h: '1', min: '1/60' };
/** kg in one unit: 1 lb = 0.45359237 kg exactly (1959 international agreement). */
const KG_IN: Readonly<Record<string, string>> = { kg: '1', lb: '0.45359237', '[lb_av]': '0.45359237' };
/** cm in one unit: 1 in = 2.54 cm exactly. */
const CM_IN: Readonly<Record<string, string>> = { cm: '1', in: '2.54', '[in_i]': '2.54' };
/** Serum creatinine: umol/L / 88.4 = mg/dL. */
const CREATININE_MG_DL_PER_UMOL_L = d(1).div(d('88.4'));

const own = (table: Readonly<Record<string, string>>, unit: string): D | undefined => {
  const f = Object.prototype.hasOwnProperty.call(table, unit) ? table[unit] : undefined;
  if (f === undefined) return undefined;
  const [n, m] = f.split('/');
  return m === undefined ? d(n as string) : d(n as string).div(d(m));
};

/** A dose unit read the test's own way: mg per unit of it, whether per kg, and per-hour factor. */
interface DoseUnitRead {
  readonly mg: D;
  readonly perKg: boolean;
  /** Hours per time unit (1 for h, 1/60 for min); `null` for an amount. */
  readonly perHours: D | null;
}

function readDose(unit: string): DoseUnitRead {
  const [mass, ...rest] = unit.split('/');
  const mg = own(MG_IN, mass ?? '');
  const perKg = rest[0] === 'kg';
  const time = perKg ? rest[1] : rest[0];
  const perHours = time === undefined ? null : own(H_IN, time);
  if (mg === undefined || perHours === undefined || rest.length > (perKg ? 2 : 1)) throw new Error(`independent check cannot read dose unit ${unit}`);
  return { mg, perKg, perHours };
}

/** A value in a dose unit, in mg or mg/h, per kg multiplied out by `kg`: mg/h = value x mg/unit [x kg] / (h per time unit). */
function toMgOrMgH(value: D, unit: string, kg: D): D {
  const u = readDose(unit);
  const mg = value.mul(u.mg).mul(u.perKg ? kg : 1);
  return u.perHours === null ? mg : mg.div(u.perHours);
}

/** A concentration such as `mg/mL` or `g/L`, in mg/mL. */
function mgPerMl(value: string, unit: string): D {
  const [mass, volume] = unit.split('/');
  const mg = own(MG_IN, mass ?? '');
  const ml = own(ML_IN, volume ?? '');
  if (mg === undefined || ml === undefined) throw new Error(`independent check cannot read concentration unit ${unit}`);
  return d(value).mul(mg).div(ml);
}

const inUnit = (q: { value: string; unit: string }, table: Readonly<Record<string, string>>, what: string): D => {
  const f = own(table, q.unit);
  if (f === undefined) throw new Error(`independent check cannot read ${what} unit ${q.unit}`);
  return d(q.value).mul(f);
};

// ------------------------------------------------------------------------------------------------
// The request, as far as the derivation reads it

interface Q {
  readonly value: string;
  readonly unit: string;
}
const asQ = (x: unknown): Q | undefined => {
  const o = x as { value?: unknown; unit?: unknown } | undefined;
  return o && (typeof o.value === 'number' || typeof o.value === 'string') && typeof o.unit === 'string' ? { value: String(o.value), unit: o.unit } : undefined;
};

interface Request {
  readonly patient: { weight?: unknown; height?: unknown; sex?: string; ageYears?: unknown; creatinine?: unknown };
  readonly dose?: Readonly<Record<string, unknown>>;
  readonly preparation?: { containerVolume?: unknown; product?: string };
}

// ------------------------------------------------------------------------------------------------
// Dosing weight (reference section 9: Devine, adjusted, Janmahasatian)

/** The dosing weight in kg on the protocol's (else the agent's) basis; `null` when the basis needs a height or sex the request lacks. */
export function dosingWeightKg(protocol: Protocol, catalogue: Catalogue, request: Request): D | null {
  const actual = inUnit(asQ(request.patient.weight) as Q, KG_IN, 'weight');
  const basis = (protocol.weight ?? agentOf(catalogue, protocol).weight).basis;
  if (basis === 'actual') return actual;
  const heightQ = asQ(request.patient.height);
  // Ideal, adjusted and lean weight need height and sex: a plan made without them used another weight.
  if (heightQ === undefined || request.patient.sex === undefined) return null;
  const height = inUnit(heightQ, CM_IN, 'height');
  const male = request.patient.sex === 'male';
  if (basis === 'lean') {
    // BMI = kg / m^2; LBW = 9270 x TBW / (6680 + 216 x BMI) male, (8780 + 244 x BMI) female.
    const bmi = actual.div(height.div(100).pow(2));
    return d(9270)
      .mul(actual)
      .div(male ? d(6680).add(d(216).mul(bmi)) : d(8780).add(d(244).mul(bmi)));
  }
  // IBW = 50 kg (male) or 45.5 kg (female) + 2.3 kg per inch over 60 in; inches = cm / 2.54.
  const ibw = d(male ? '50' : '45.5').add(d('2.3').mul(height.div(d('2.54')).sub(60)));
  // GlobalRPh: if actual weight is not above IBW, use actual weight.
  if (actual.lte(ibw)) return actual;
  return basis === 'ideal' ? ibw : ibw.add(d('0.4').mul(actual.sub(ibw)));
}

function agentOf(catalogue: Catalogue, protocol: Protocol) {
  const agent = catalogue.agents.find((a) => a.id === protocol.agent);
  if (!agent) throw new Error(`independent check: no agent ${protocol.agent}`);
  return agent;
}

// ------------------------------------------------------------------------------------------------
// Ordered dose

/** The ordered dose in mg, mg/h and h, a loading dose included in the total; `rate` null when a label ramp sets it. */
export interface OrderedDose {
  readonly totalMg: D;
  readonly rateMgH: D | null;
  readonly loadingMg: D;
}

type Name = 'rate' | 'total' | 'duration';
const GIVEN: Record<Protocol['regimen'], readonly [Name, Name]> = {
  'rate-duration': ['rate', 'duration'],
  'total-duration': ['total', 'duration'],
  'total-rate': ['total', 'rate'],
};

/** One given value of the regimen, in mg, mg/h or h. */
function given(name: Name, ctx: Ctx): D {
  const { protocol, request, plan, kg } = ctx;
  const prescribed = plan.agents[0]?.prescribed;
  // The titration engine's dose is taken as the plan states it (the engine is tested on its own).
  if (prescribed?.from[name] === 'titration') {
    const q = prescribed[name] as Q;
    return name === 'duration' ? inUnit(q, H_IN, 'duration') : toMgOrMgH(d(q.value), q.unit, kg);
  }
  if (name === 'duration' && protocol.phases) return phasesHours(ctx);
  if (name === 'total' && protocol.clearanceBands) return bandTotalMg(ctx);
  const clinician = asQ(request.dose?.[name]);
  if (name === 'duration') return inUnit(clinician ?? (protocol.duration as { value: string; unit: string }), H_IN, 'duration');
  if (clinician) return toMgOrMgH(d(clinician.value), clinician.unit, kg);
  const p = protocol[name];
  if (p?.value !== undefined) return toMgOrMgH(d(p.value), p.unit, kg);
  if (name === 'rate') return rampStartMgH(ctx);
  throw new Error(`independent check: no ${name} for ${protocol.id}`);
}

/** Fixed-rate phases: the fixed phases' hours, then what is left of the bag at the last phase's rate. */
function phasesHours({ protocol, request, plan }: Ctx): D {
  const phases = protocol.phases ?? [];
  const container = asQ(request.preparation?.containerVolume);
  const bagMl = container ? inUnit(container, ML_IN, 'volume') : d(protocol.preparation.containerVolume as string);
  // Overfill as the plan states it (checkPlan re-works the final volume from it).
  const overfill = plan.bag.diluent ? inUnit(plan.bag.diluent.overfill, ML_IN, 'volume') : d(0);
  let hours = d(0);
  let ml = bagMl.add(overfill);
  for (const ph of phases) {
    // mL/h: the phase's rate; h = mL / (mL/h) for the open-ended last phase.
    const rate = mlPerHour(ph.rate);
    if (ph.duration === undefined) return hours.add(ml.div(rate));
    const h = inUnit(ph.duration, H_IN, 'duration');
    hours = hours.add(h);
    ml = ml.sub(rate.mul(h));
  }
  return hours;
}

/** Cockcroft-Gault: CrCl (mL/min) = (140 - age) x kg / (72 x SCr mg/dL), x 0.85 if female; the first band holding it gives the dose. */
function bandTotalMg({ protocol, request, catalogue }: Ctx): D {
  const bands = protocol.clearanceBands as NonNullable<Protocol['clearanceBands']>;
  const pt = request.patient;
  const scr = asQ(pt.creatinine) as Q;
  const scrMgDl = scr.unit === 'umol/L' ? d(scr.value).mul(CREATININE_MG_DL_PER_UMOL_L) : d(scr.value);
  const kg = dosingWeightKg({ ...protocol, weight: { ...agentOf(catalogue, protocol).weight, basis: bands.weight } }, catalogue, request);
  if (kg === null) throw new Error('independent check: creatinine clearance on a weight the request cannot give');
  const female = pt.sex === 'female';
  const crcl = d(140)
    .sub(d(String(pt.ageYears)))
    .mul(kg)
    .div(d(72).mul(scrMgDl))
    .mul(female ? '0.85' : '1');
  const band = bands.bands.find((b) => {
    const aboveMin = b.min === undefined || (b.minExclusive ? crcl.gt(b.min) : crcl.gte(b.min));
    const belowMax = b.max === undefined || (b.maxInclusive ? crcl.lte(b.max) : crcl.lt(b.max));
    return aboveMin && belowMax;
  });
  if (band?.dose === undefined) throw new Error('independent check: the clearance band gives no dose');
  return toMgOrMgH(d(band.dose), bands.unit, d(1));
}

/** A label ramp's start rate (per kg of dosing weight) for the product the plan uses, in mg/h. */
function rampStartMgH({ catalogue, plan, kg }: Ctx): D {
  const product = productOf(catalogue, plan);
  const ramp = product?.ramp;
  if (!product || !ramp) throw new Error('independent check: a rate without a value and no label ramp');
  const [amount, , time] = ramp.unit.split('/');
  // mL/kg/min x mg/mL = mg/kg/min; then x kg, per hour.
  const perAmount = amount === 'mL' ? mgPerMl(product.strength.value, product.strength.unit) : (own(MG_IN, amount ?? '') as D);
  return d(ramp.start)
    .mul(perAmount)
    .mul(kg)
    .div(own(H_IN, time ?? '') as D);
}

interface Ctx {
  readonly protocol: Protocol;
  readonly catalogue: Catalogue;
  readonly request: Request;
  readonly plan: Plan;
  readonly kg: D;
}

/** The regimen's third value derived (mg = mg/h x h), then each protocol cap, then the loading dose added. */
export function orderedDose(ctx: Ctx): OrderedDose {
  const { protocol } = ctx;
  const [a, b] = GIVEN[protocol.regimen];
  const v: Partial<Record<Name, D>> = { [a]: given(a, ctx), [b]: given(b, ctx) };
  if (protocol.regimen === 'rate-duration') v.total = (v.rate as D).mul(v.duration as D);
  else if (protocol.regimen === 'total-duration') v.rate = (v.total as D).div(v.duration as D);
  else v.duration = (v.total as D).div(v.rate as D);
  let rate = v.rate as D;
  let total = v.total as D;
  let duration = v.duration as D;
  for (const cap of protocol.caps) {
    const u = readDose(cap.unit);
    const limit = toMgOrMgH(d(cap.value), cap.unit, ctx.kg);
    if (u.perHours !== null && rate.gt(limit)) {
      rate = limit;
      if (protocol.regimen === 'total-rate') duration = total.div(rate);
      else total = rate.mul(duration);
    } else if (u.perHours === null && total.gt(limit)) {
      total = limit;
      if (protocol.regimen === 'total-rate') duration = total.div(rate);
      else rate = total.div(duration);
    }
  }
  const loadingMg = protocol.loading ? loadingOf(ctx, protocol.loading) : d(0);
  const rampRate = protocol.rate?.value === undefined && asQ(ctx.request.dose?.['rate']) === undefined && protocol.regimen === 'total-rate';
  return { totalMg: total.add(loadingMg), rateMgH: rampRate ? null : rate, loadingMg };
}

function loadingOf(ctx: Ctx, loading: NonNullable<Protocol['loading']>): D {
  const clinician = asQ(ctx.request.dose?.['loading']);
  const q = clinician ?? { value: loading.total.value as string, unit: loading.total.unit };
  return toMgOrMgH(d(q.value), q.unit, ctx.kg);
}

// ------------------------------------------------------------------------------------------------
// Bag

function productOf(catalogue: Catalogue, plan: Plan) {
  const id = plan.bag.additives[0]?.product.id ?? plan.bag.container.productId;
  return catalogue.agents.flatMap((a) => a.products).find((p) => p.id === id);
}

/** Amount of the agent in the bag: each volume drawn x its product's strength from the catalogue; a premix's own amount. */
function bagAmountMg(catalogue: Catalogue, plan: Plan, agent: string): { mg: D; drawSlackMg: D } {
  const products = catalogue.agents.flatMap((a) => a.products);
  let mg = d(0);
  let drawSlackMg = d(0);
  for (const a of plan.bag.additives.filter((x) => x.agent === agent)) {
    const product = products.find((p) => p.id === a.product.id);
    if (!product) throw new Error(`independent check: no product ${a.product.id}`);
    const strength = mgPerMl(product.strength.value, product.strength.unit);
    mg = mg.add(inUnit(a.volume, ML_IN, 'volume').mul(strength));
    drawSlackMg = drawSlackMg.add(inUnit(a.rounding.increment, ML_IN, 'volume').mul(strength));
  }
  const premix = products.find((p) => p.id === plan.bag.container.productId && p.form === 'premix');
  if (premix && premix.agent === agent)
    mg = mg.add(inUnit(plan.bag.container.nominalVolume, ML_IN, 'volume').mul(mgPerMl(premix.strength.value, premix.strength.unit)));
  return { mg, drawSlackMg };
}

// ------------------------------------------------------------------------------------------------
// Comparison

/** 0.000001 of a printed quantity's own unit, in mg (or mg/h, mg/mL, kg): the printing slack. */
const PRINT = d('0.000001');

/** Reads a plan quantity in mg, mg/h, mg/mL or kg, the test's own way. */
function planMg(q: Q, kind: 'amount' | 'rate' | 'concentration'): D {
  if (kind === 'concentration') return mgPerMl(q.value, q.unit);
  return toMgOrMgH(d(q.value), q.unit, d(1));
}

/**
 * Every way the plan disagrees with the independent derivation, as readable lines; empty when it
 * agrees. Reads only single-agent plans of `planInfusion`.
 */
export function independentDisagreements(request: unknown, plan: Plan, catalogue: Catalogue): string[] {
  const req = request as Request;
  const protocol = catalogue.protocols.find((p) => p.id === plan.protocol.id);
  if (!protocol) return [`no protocol ${plan.protocol.id} in the catalogue`];
  const out: string[] = [];
  const off = (what: string, stated: D, derived: D, tol: D) => {
    if (stated.sub(derived).abs().gt(tol))
      out.push(`${what}: the plan states ${stated.toFixed(6)}, the independent derivation gives ${derived.toFixed(6)} (tolerance ${tol.toFixed(6)})`);
  };
  const kg = dosingWeightKg(protocol, catalogue, req);
  const basis = (protocol.weight ?? agentOf(catalogue, protocol).weight).basis;
  if (kg === null) return [`the protocol doses on ${basis} weight, which needs height and sex; the request gives neither, yet the plan was made`];
  off('dosing weight (kg)', inUnit(plan.dosingWeight.value, KG_IN, 'weight'), kg, PRINT);
  const ctx: Ctx = { protocol, catalogue, request: req, plan, kg };
  const ordered = orderedDose(ctx);
  const agent = plan.agents[0];
  if (!agent) return [...out, 'the plan has no agent'];
  // The order is agents[].orderedDose; totalDose is what the bag holds (the two differ for whole vials).
  const doseUnit = readDose(agent.orderedDose.total.unit);
  off('ordered session dose (mg)', planMg(agent.orderedDose.total, 'amount'), ordered.totalMg, PRINT.mul(doseUnit.mg));
  if (ordered.rateMgH !== null) off('ordered dose rate (mg/h)', planMg(agent.doseRate, 'rate'), ordered.rateMgH, PRINT.mul(readDose(agent.doseRate.unit).mg));
  out.push(...bagDisagreements(ctx, ordered, off));
  return out;
}

type Off = (what: string, stated: D, derived: D, tol: D) => void;

/** The bag's amount and concentration, and what the pump delivers, against the order. */
function bagDisagreements(ctx: Ctx, ordered: OrderedDose, off: Off): string[] {
  const { protocol, catalogue, plan } = ctx;
  const agent = plan.agents[0] as Plan['agents'][number];
  const stated = plan.bag.concentrations.find((c) => c.agent === agent.agent);
  if (!stated) return ['the bag states no concentration of the agent'];
  const finalMl = inUnit(plan.bag.finalVolume, ML_IN, 'volume');
  const { mg, drawSlackMg } = bagAmountMg(catalogue, plan, agent.agent);
  // mg/mL = mg / mL: the concentration the bag really holds, from the volumes drawn and the catalogue's strengths.
  const holds = mg.div(finalMl);
  off(
    'bag concentration from the volume drawn x the product strength (mg/mL)',
    planMg(stated.value, 'concentration'),
    holds,
    PRINT.mul(mgPerMl('1', stated.value.unit)),
  );
  const wholeVials = protocol.wholeVials !== undefined;
  if (protocol.preparation.style === 'whole-bag') {
    // The whole bag holds the session dose: within one draw step per additive.
    off('bag amount against the ordered session dose (mg)', mg, ordered.totalMg, drawSlackMg.add(PRINT));
  } else if (!wholeVials) {
    // A fixed concentration: a premix's own strength (it is hung as it is), else the protocol's, else
    // the vial's own (immune globulin); within one draw step per additive over the final volume.
    const premix = plan.bag.container.kind === 'premix';
    const nominal = premix ? strengthOfChosen(ctx) : (protocol.preparation.concentration ?? strengthOfChosen(ctx));
    off('bag concentration against the protocol or product concentration (mg/mL)', holds, d(nominal), drawSlackMg.div(finalMl).add(PRINT));
  }
  if (wholeVials) return [];
  const conc = holds;
  const increment = inUnit({ value: plan.pump.increment.value, unit: 'mL' }, ML_IN, 'volume');
  // Delivered total: within the draw rounding (relative) and 0.1 mL of the volume to be infused x mg/mL.
  const drawShare = mg.isZero() ? d(0) : drawSlackMg.div(mg);
  // What the pump delivers with the bag as it really is: mg = sum of segment mL x mg/mL (the
  // segments' volumes are the plan's pump numbers, re-worked by checkPlan as rate x duration).
  const deliveredTotal = plan.pump.segments.reduce((sum, s) => sum.add(inUnit(s.volume, ML_IN, 'volume')), d(0)).mul(conc);
  // Each segment's volume is resolved to 0.1 mL (VTBI_INCREMENT, the pump's volume resolution).
  const vtbiSlack = d('0.1').mul(plan.pump.segments.length).mul(conc);
  off('delivered session dose (mg)', deliveredTotal, ordered.totalMg, ordered.totalMg.mul(drawShare).add(vtbiSlack).add(PRINT));
  if (ordered.rateMgH !== null && !protocol.phases) {
    // Delivered rate: one pump increment x mg/mL, and the draw rounding (relative).
    // mg/h = the maintenance segment's mL/h x mg/mL.
    const main = plan.pump.segments[plan.pump.segments.length - 1];
    const deliveredRate = main ? mlPerHour(main.rate).mul(conc) : d(0);
    off('delivered dose rate (mg/h)', deliveredRate, ordered.rateMgH, ordered.rateMgH.mul(drawShare).add(increment.mul(conc)).add(PRINT));
  }
  return [];
}

/** A pump rate in mL/h, read the test's own way. */
function mlPerHour(q: Q): D {
  const [volume, time] = q.unit.split('/');
  const ml = own(ML_IN, volume ?? '');
  const h = own(H_IN, time ?? '');
  if (ml === undefined || h === undefined) throw new Error(`independent check cannot read pump rate unit ${q.unit}`);
  return d(q.value).mul(ml).div(h);
}

function strengthOfChosen(ctx: Ctx): string {
  const product = productOf(ctx.catalogue, ctx.plan);
  if (!product) throw new Error('independent check: a fixed-concentration bag with no product');
  return mgPerMl(product.strength.value, product.strength.unit).toFixed();
}
