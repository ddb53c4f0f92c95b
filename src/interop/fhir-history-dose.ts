/**
 * What a MedicationAdministration says was given, per agent: `dosage.dose` (the amount) and
 * `dosage.rateQuantity` or `dosage.rateRatio` (the rate), each an R4 Quantity in UCUM.
 *
 * - In a dose unit (`mg`, `ug`, `g`, `mg/kg`; `mg/h`, `mg/kg/h`, `ug/kg/min` ...): the agent's amount
 *   or rate as written. A bag of several agents cannot be given in a mass, since a mass does not say
 *   which agent it is of (`fhir_multiple_agents`).
 * - In a volume (`mL`, `L`; `mL/h`, `mL/min`, `L/h`): each agent's amount is its strength in the bag
 *   (`Medication.ingredient.strength`, mass per volume) times the volume given:
 *   `mg = (mg / mL) x mL` and `mg/h = (mg / mL) x mL/h`, exact decimals (division carried to 40
 *   significant digits). The strength is the bag as made up, as `toFhir` writes it.
 *
 * A unit outside these is `fhir_unit_unknown`: nothing is guessed or converted by a factor this
 * module does not hold (`mcg` is refused as a code: in UCUM it is not microgram).
 *
 * @module
 */
import { type Dec, readDecimal } from '../decimal/index.js';
import { readDoseUnit } from '../units/index.js';
import type { Issue } from '../types/issues.js';
import { UCUM_SYSTEM } from './fhir-types.js';

type Rec = Record<string, unknown>;
type Path = readonly (string | number)[];
export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
export const issueAt = (code: Issue['code'], path: Path, message: string): Issue => ({ code, path: [...path], message });

/** A quantity in a unit this module reads. */
type Read =
  | { readonly kind: 'dose'; readonly value: Dec; readonly unit: string; readonly perTime: boolean }
  | { readonly kind: 'volume'; readonly mL: Dec; readonly per: 'h' | 'min' | null };

/** mL in one unit of volume. */
const ML: Readonly<Record<string, string>> = { mL: '1', L: '1000' };
const TIMES = new Set(['h', 'min']);
const MASSES = new Set(['g', 'mg', 'ug']);

/** Reads a UCUM code as a dose unit or a volume (or a volume per time). */
function classify(value: Dec, code: string): Read | undefined {
  if (!code.includes('mcg')) {
    const dose = readDoseUnit(code);
    if (dose !== undefined) return { kind: 'dose', value, unit: code, perTime: dose.per !== null };
  }
  const [vol, time, ...rest] = code.split('/');
  if (vol === undefined || rest.length > 0 || !Object.hasOwn(ML, vol) || (time !== undefined && !TIMES.has(time))) return undefined;
  return { kind: 'volume', mL: value.mul(ML[vol] as string), per: (time ?? null) as 'h' | 'min' | null };
}

/** Reads an R4 Quantity: UCUM system, a known code, a value above zero. */
function readQuantity(q: unknown, path: Path, issues: Issue[]): Read | undefined {
  if (!isRec(q)) {
    issues.push(issueAt('fhir_administration_invalid', path, 'Give an R4 Quantity { value, system, code }.'));
    return undefined;
  }
  const v = readDecimal(q['value']);
  if (!v.ok || v.value.lte(0)) {
    issues.push(issueAt('fhir_administration_invalid', [...path, 'value'], 'The quantity needs a value above zero, as a JSON number.'));
    return undefined;
  }
  const read = q['system'] === UCUM_SYSTEM && typeof q['code'] === 'string' ? classify(v.value, q['code']) : undefined;
  if (read === undefined) {
    issues.push(
      issueAt(
        'fhir_unit_unknown',
        [...path, 'code'],
        `The unit must be a UCUM code (system ${UCUM_SYSTEM}) of a dose (mg, ug, g, mg/kg, mg/h, mg/kg/h, ug/kg/min ...) or a volume (mL, L, mL/h, mL/min, L/h).`,
      ),
    );
  }
  return read;
}

/** A positive UCUM quantity's value and code, or undefined (no issue: the caller says what it needed). */
function plainQuantity(q: unknown): { readonly value: Dec; readonly code: string } | undefined {
  if (!isRec(q) || q['system'] !== UCUM_SYSTEM || typeof q['code'] !== 'string') return undefined;
  const v = readDecimal(q['value']);
  return v.ok && v.value.gt(0) ? { value: v.value, code: q['code'] } : undefined;
}

/** Reads `dosage.rateRatio` as a rate: a numerator quantity over a denominator in h or min. */
function readRatio(ratio: unknown, path: Path, issues: Issue[]): Read | undefined {
  const den = plainQuantity(isRec(ratio) ? ratio['denominator'] : undefined);
  if (den === undefined || !TIMES.has(den.code)) {
    issues.push(issueAt('fhir_unit_unknown', [...path, 'denominator'], 'A rateRatio needs a denominator above zero in UCUM h or min.'));
    return undefined;
  }
  const num = readQuantity(isRec(ratio) ? ratio['numerator'] : undefined, [...path, 'numerator'], issues);
  if (num === undefined) return undefined;
  // A rate is the numerator per one unit of the denominator's time: (mg or mL) / (n h) = (value / n) per h.
  if (num.kind === 'volume' && num.per === null) return { kind: 'volume', mL: num.mL.div(den.value), per: den.code as 'h' | 'min' };
  if (num.kind === 'dose' && !num.perTime) {
    const unit = `${num.unit}/${den.code}`;
    if (readDoseUnit(unit) !== undefined) return { kind: 'dose', value: num.value.div(den.value), unit, perTime: true };
  }
  issues.push(issueAt('fhir_unit_unknown', [...path, 'numerator', 'code'], 'A rateRatio numerator must be an amount (mg, mg/kg, mL ...), not a rate.'));
  return undefined;
}

/** What the dosage says was given, in dose units or volumes, before it is shared among agents. */
export interface DosageRead {
  readonly total?: Read;
  readonly rate?: Read;
}

/** Reads `dosage.dose` and `dosage.rateQuantity` / `dosage.rateRatio`; an amount in the rate field (or a rate in the dose field) is refused. */
export function readDosage(dosage: unknown, path: Path, issues: Issue[]): DosageRead {
  if (!isRec(dosage)) return {};
  const before = issues.length;
  const total = dosage['dose'] !== undefined ? readQuantity(dosage['dose'], [...path, 'dose'], issues) : undefined;
  const rate =
    dosage['rateQuantity'] !== undefined
      ? readQuantity(dosage['rateQuantity'], [...path, 'rateQuantity'], issues)
      : dosage['rateRatio'] !== undefined
        ? readRatio(dosage['rateRatio'], [...path, 'rateRatio'], issues)
        : undefined;
  const isRate = (r: Read): boolean => (r.kind === 'dose' ? r.perTime : r.per !== null);
  if (total !== undefined && isRate(total))
    issues.push(issueAt('fhir_unit_unknown', [...path, 'dose', 'code'], 'dosage.dose is an amount (mg, mL ...), not a rate.'));
  if (rate !== undefined && !isRate(rate)) {
    const at = dosage['rateQuantity'] !== undefined ? 'rateQuantity' : 'rateRatio';
    issues.push(issueAt('fhir_unit_unknown', [...path, at], 'dosage.rate is a rate (mg/h, mg/kg/h, mL/h ...), not an amount.'));
  }
  if (issues.length > before) return {};
  return { ...(total !== undefined ? { total } : {}), ...(rate !== undefined ? { rate } : {}) };
}

/** A strength read from `Medication.ingredient.strength`: mass per mL. */
export interface Strength {
  readonly mass: string;
  readonly perMl: Dec;
}

/** Reads an ingredient's strength: a numerator in g, mg or ug over a denominator in mL or L. */
export function readStrength(ingredient: unknown, path: Path, issues: Issue[]): Strength | undefined {
  const s = isRec(ingredient) ? ingredient['strength'] : undefined;
  const n = plainQuantity(isRec(s) ? s['numerator'] : undefined);
  const d = plainQuantity(isRec(s) ? s['denominator'] : undefined);
  if (n === undefined || d === undefined || !MASSES.has(n.code) || !Object.hasOwn(ML, d.code)) {
    issues.push(
      issueAt(
        'fhir_unit_unknown',
        [...path, 'strength'],
        'To share a volume given among agents, each ingredient needs a strength in UCUM g, mg or ug per mL or L.',
      ),
    );
    return undefined;
  }
  // mass per mL = numerator / (denominator x mL per unit)
  return { mass: n.code, perMl: n.value.div(d.value.mul(ML[d.code] as string)) };
}

/** One agent's share of what was given, as the history door takes it. */
export interface Given {
  readonly rate?: { readonly value: string; readonly unit: string };
  readonly total?: { readonly value: string; readonly unit: string };
}

/** A read quantity as the agent's dose: as written in a dose unit, or strength x volume. */
function share(r: Read | undefined, strength: Strength | undefined): { value: string; unit: string } | undefined {
  if (r === undefined) return undefined;
  if (r.kind === 'dose') return { value: r.value.toFixed(), unit: r.unit };
  if (strength === undefined) return undefined;
  // mg = (mg/mL) x mL; mg/h = (mg/mL) x mL/h.
  return { value: strength.perMl.mul(r.mL).toFixed(), unit: r.per === null ? strength.mass : `${strength.mass}/${r.per}` };
}

/** Whether the dosage gives any volume, so that each agent's strength is needed. */
export function needsStrength(d: DosageRead): boolean {
  return d.total?.kind === 'volume' || d.rate?.kind === 'volume';
}

/** Whether the dosage gives any amount in a mass (which a bag of several agents cannot). */
export function givesMass(d: DosageRead): boolean {
  return d.total?.kind === 'dose' || d.rate?.kind === 'dose';
}

/** One agent's share of the dosage. */
export function givenFor(d: DosageRead, strength: Strength | undefined): Given {
  const rate = share(d.rate, strength);
  const total = share(d.total, strength);
  return { ...(rate !== undefined ? { rate } : {}), ...(total !== undefined ? { total } : {}) };
}
