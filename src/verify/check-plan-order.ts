/**
 * checkPlan's optional re-derivation of the order (issue 11 item 9), run when the caller passes the
 * catalogue the plan came from: the dosing weight again from the patient the plan records and the
 * protocol record's weight basis (Devine ideal, adjusted, Janmahasatian lean, written here and not
 * taken from the planner), the ordered dose again from the two values the plan prescribes (`prescribed`,
 * each checked against the protocol record where the plan says it came from the protocol) times
 * that weight, the third value of the regimen derived and the protocol record's caps applied, and
 * each drawn additive's strength against the catalogue's product record.
 *
 * What it still takes on trust: the unit table (it reads units through `units/`, as the planner
 * does), a clinician's or the titration engine's value as the plan records it, and the patient as
 * the plan records it. A wrong factor in the shared unit table is therefore not caught here; the
 * test suite's own derivation (tests/support/independent-dose.ts) catches that.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Catalogue, Protocol, WeightBasis } from '../catalogue/types.js';
import type { Plan } from '../types/plan.js';
import { cmPer, mgPer, perHour, readDoseUnit, readHeightUnit, toHours, readTimeUnit } from '../units/index.js';
import { type Approx, HALF_UNIT, add, div, mul } from './check-plan-approx.js';
import { Checker, type Found } from './check-plan-read.js';

type Name = 'rate' | 'total' | 'duration';
const GIVEN: Record<Protocol['regimen'], readonly [Name, Name]> = {
  'rate-duration': ['rate', 'duration'],
  'total-duration': ['total', 'duration'],
  'total-rate': ['total', 'rate'],
};
const exact = (v: Dec): Approx => ({ v, e: dec(0) });
const PLAIN_DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Re-derives the dosing weight, the ordered dose and the drawn strengths of `plan` from `catalogue`. */
export function checkOrder(plan: Plan, catalogue: Catalogue): Found {
  const c = new Checker();
  const protocol = catalogue.protocols.find((p) => p.id === plan.protocol.id);
  const agent = protocol && catalogue.agents.find((a) => a.id === protocol.agent);
  if (!protocol || !agent) {
    c.flag('protocol_not_in_catalogue', ['protocol', 'id'], `The catalogue given has no protocol ${plan.protocol.id} (or not its agent).`, null, null);
    return c;
  }
  checkStrengths(plan, catalogue, c);
  const kg = derivedWeight(plan, protocol.weight?.basis ?? agent.weight.basis, c);
  if (kg === null) return c;
  c.compare(
    'dosing_weight_mismatch',
    ['dosingWeight', 'value'],
    plan.dosingWeight.value,
    'weight',
    kg,
    `Dosing weight on ${protocol.weight?.basis ?? agent.weight.basis} weight`,
  );
  const a = plan.agents[0];
  if (a === undefined) return c;
  const ordered = orderedDose(protocol, a.prescribed, kg, c);
  if (ordered === null) return c;
  c.compare(
    'ordered_dose_rate_mismatch',
    ['agents', 0, 'doseRate'],
    a.doseRate,
    'dose-rate',
    ordered.rate,
    'Ordered dose rate from the prescription and the protocol',
  );
  // The order is agents[].orderedDose; totalDose is what the bag holds (they differ for whole vials).
  c.compare(
    'ordered_total_dose_mismatch',
    ['agents', 0, 'orderedDose', 'total'],
    a.orderedDose.total,
    'mass',
    ordered.total,
    'Ordered session dose from the prescription and the protocol',
  );
  return c;
}

/** Each additive's stated strength against the catalogue's product record (mg/mL). */
function checkStrengths(plan: Plan, catalogue: Catalogue, c: Checker): void {
  const products = catalogue.agents.flatMap((a) => a.products);
  plan.bag.additives.forEach((x, i) => {
    const product = products.find((p) => p.id === x.product.id);
    const path = ['bag', 'additives', i, 'product', 'strength'];
    const record = product && c.read(product.strength, 'concentration', path);
    if (!record) {
      if (!product) c.flag('product_strength_mismatch', path, `The catalogue has no product ${x.product.id}.`, x.product.strength, null);
      return;
    }
    c.compare(
      'product_strength_mismatch',
      path,
      x.product.strength,
      'concentration',
      { v: record.v, e: dec(0) },
      `Strength of ${x.product.id} in the catalogue`,
    );
  });
}

/** The recorded height in cm, when the basis needs it; `null` (and a disagreement) when it is missing or unreadable, or the sex is. */
function readHeight(plan: Plan, basis: WeightBasis, c: Checker): Approx | null {
  const h = plan.patient.height;
  const hu = h && readHeightUnit(h.unit);
  if (h && (!hu || !PLAIN_DECIMAL.test(h.value))) {
    c.flag('unreadable_quantity', ['patient', 'height'], `"${h.value} ${h.unit}" is not a height the check can read.`, h, null);
    return null;
  }
  if (!h || !hu || plan.patient.sex === undefined) {
    const message = `The protocol doses on ${basis} weight, which needs the height and sex the plan does not record.`;
    c.flag('dosing_weight_mismatch', ['patient'], message, plan.dosingWeight.value, null);
    return null;
  }
  return { v: dec(h.value).mul(cmPer(hu)), e: HALF_UNIT.mul(cmPer(hu)) };
}

/**
 * The dosing weight from the recorded patient: actual weight, or Devine ideal weight
 * (50 kg male, 45.5 kg female, + 2.3 kg per inch over 60 in), actual weight when not above it;
 * adjusted = IBW + 0.4 x (actual - IBW); lean (Janmahasatian) = 9270 x kg / (6680 + 216 x BMI)
 * male, (8780 + 244 x BMI) female.
 */
function derivedWeight(plan: Plan, basis: WeightBasis, c: Checker): Approx | null {
  const actual = c.read(plan.patient.weight, 'weight', ['patient', 'weight']);
  if (actual === null || basis === 'actual') return actual;
  const cm = readHeight(plan, basis, c);
  if (cm === null) return null;
  const male = plan.patient.sex === 'male';
  if (basis === 'lean') {
    // BMI = kg / m^2
    const m = { v: cm.v.div(100), e: cm.e.div(100) };
    const bmi = div(actual, mul(m, m));
    if (bmi === null) return null;
    const denominator = add(exact(dec(male ? 6680 : 8780)), mul(exact(dec(male ? 216 : 244)), bmi));
    return div(mul(exact(dec(9270)), actual), denominator);
  }
  // kg = kg + kg/in x (cm / (cm/in) - in)
  const inches = { v: cm.v.div(dec('2.54')), e: cm.e.div(dec('2.54')) };
  const ibw = { v: dec(male ? '50' : '45.5').add(dec('2.3').mul(inches.v.sub(60))), e: dec('2.3').mul(inches.e) };
  if (actual.v.lte(ibw.v)) return actual;
  if (basis === 'ideal') return ibw;
  return { v: ibw.v.add(dec('0.4').mul(actual.v.sub(ibw.v))), e: ibw.e.add(dec('0.4').mul(actual.e.add(ibw.e))) };
}

/** A prescribed value in mg, mg/h or h (per kg multiplied by `kg`); `null` when it cannot be read. */
function inBase(q: { value: string; unit: string } | undefined, name: Name | 'loading', kg: Approx): Approx | null {
  if (q === undefined || typeof q.value !== 'string' || !PLAIN_DECIMAL.test(q.value)) return null;
  const stated: Approx = { v: dec(q.value), e: HALF_UNIT };
  if (name === 'duration') {
    const t = readTimeUnit(q.unit);
    return t === undefined ? null : { v: toHours(stated.v, t), e: toHours(stated.e, t) };
  }
  const u = readDoseUnit(q.unit);
  if (u === undefined) return null;
  // mg[/h] = value x mg per unit [x kg] [x per-time -> per-hour]
  const f = u.per === null ? mgPer(u.mass) : perHour(mgPer(u.mass), u.per);
  const mg = { v: stated.v.mul(f), e: stated.e.mul(f) };
  return u.perKg ? mul(mg, kg) : mg;
}

/** The ordered rate and total: the two prescribed values, the third derived, the protocol's caps, the loading dose added. */
function orderedDose(protocol: Protocol, prescribed: Plan['agents'][number]['prescribed'], kg: Approx, c: Checker): { rate: Approx; total: Approx } | null {
  const [first, second] = GIVEN[protocol.regimen];
  const v: Partial<Record<Name, Approx>> = {};
  for (const name of [first, second]) {
    const value = inBase(prescribed[name], name, kg);
    if (value === null) {
      c.flag('ordered_total_dose_mismatch', ['agents', 0, 'prescribed', name], `The plan prescribes no readable ${name}.`, prescribed[name] ?? null, null);
      return null;
    }
    checkFromProtocol(protocol, prescribed, name, c);
    v[name] = value;
  }
  // mg = mg/h x h; mg/h = mg / h. With a stated total and rate the duration follows (h = mg / (mg/h)),
  // and nothing below reads it: a cap moves neither the total nor the rate with the other.
  const rate = protocol.regimen === 'total-duration' ? div(v.total as Approx, v.duration as Approx) : (v.rate as Approx);
  const total = protocol.regimen === 'rate-duration' ? mul(v.rate as Approx, v.duration as Approx) : (v.total as Approx);
  if (rate === null) return null;
  const capped = applyCaps(protocol, { rate, total, duration: v.duration }, kg);
  if (prescribed.loading === undefined) return capped;
  const loading = inBase(prescribed.loading, 'loading', kg);
  if (loading === null) {
    c.flag('ordered_total_dose_mismatch', ['agents', 0, 'prescribed', 'loading'], 'The plan prescribes no readable loading dose.', prescribed.loading, null);
    return null;
  }
  return { rate: capped.rate, total: add(capped.total, loading) };
}

/** A value the plan says came from the protocol must be the protocol record's value. */
function checkFromProtocol(protocol: Protocol, prescribed: Plan['agents'][number]['prescribed'], name: Name, c: Checker): void {
  const record = protocol[name];
  const stated = prescribed[name];
  // Fixed-rate phases set the duration from the bag (the record's duration is then not the one used).
  if (prescribed.from[name] !== 'protocol' || record?.value === undefined || stated === undefined || (name === 'duration' && protocol.phases)) return;
  // Per kg both ways, so a unit of 1 kg compares the per-kg values as written.
  const one = exact(dec(1));
  const a = inBase(stated, name, one);
  const b = inBase({ value: record.value, unit: record.unit }, name, one);
  if (a !== null && b !== null && a.v.sub(b.v).abs().lte(a.e.add(b.e))) return;
  c.flag(
    name === 'rate' ? 'ordered_dose_rate_mismatch' : 'ordered_total_dose_mismatch',
    ['agents', 0, 'prescribed', name],
    `The plan says its ${name} is the protocol's, but the protocol record states ${record.value} ${record.unit}.`,
    stated,
    { value: record.value, unit: record.unit },
  );
}

/**
 * The protocol's caps in order: a rate cap lowers the rate, a session cap the total. With a stated
 * duration the other of rate and total follows; with none (a stated total and rate) the duration
 * does, which the plan's ordered dose does not carry, so neither rate nor total moves with the other.
 */
function applyCaps(protocol: Protocol, start: { rate: Approx; total: Approx; duration: Approx | undefined }, kg: Approx) {
  let { rate, total } = start;
  const { duration } = start;
  for (const cap of protocol.caps) {
    const u = readDoseUnit(cap.unit);
    if (u === undefined) continue;
    const limit = inBase({ value: cap.value, unit: cap.unit }, u.per === null ? 'total' : 'rate', kg);
    if (limit === null) continue;
    if (u.per !== null && rate.v.gt(limit.v)) {
      rate = limit;
      if (duration !== undefined) total = mul(rate, duration);
    } else if (u.per === null && total.v.gt(limit.v)) {
      total = limit;
      if (duration !== undefined) rate = div(total, duration) ?? rate;
    }
  }
  return { rate, total };
}
