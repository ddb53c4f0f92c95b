/**
 * A plan's findings in its agent's display unit (issue 13 item 2). The rules judge in base units (mg,
 * mL, h) and their messages quote limits as the catalogue states them; a person reading the plan of a
 * drug dosed in micrograms or grams should meet one mass unit only. This presenter shifts each
 * finding's observed value and limit, and each drug amount its message quotes, to the agent's display
 * unit: an exact decimal shift (x 1000 or / 1000), never a rounding, so 0.0006 mg/kg/h is 0.6 ug/kg/h
 * and 1225 mg/h is 1.225 g/h. In data the microgram stays the UCUM code `ug`; in message text it is
 * written `mcg` (ISMP). Only drug amounts move: a mass per kg, per time or per volume of drug, never
 * serum creatinine (`mg/dL`) or any other measure.
 *
 * @module
 */
import type { Agent, Catalogue } from '../catalogue/types.js';
import { dec } from '../decimal/index.js';
import type { Check } from '../types/plan.js';
import type { Issue } from '../types/issues.js';
import { type MassUnit, type Quantity, mgPer, readMassUnit } from '../units/index.js';

/** A drug amount's unit: a mass (`mcg` is read as `ug`), then per kg of body weight, per time or per volume of solution. */
const DRUG_UNIT = /^(g|mg|ug|mcg)((?:\/(?:kg|min|h|d|mL|L))*)$/;

/**
 * A drug amount's value in `to`, exact (value x mg per unit / mg per `to`: a decimal shift), and the rest
 * of its unit (`/kg/h`); undefined for any other unit (`mg/dL`, `mL/h`).
 */
function inMass(value: string, unit: string, to: MassUnit): { value: string; rest: string } | undefined {
  const m = DRUG_UNIT.exec(unit);
  const from = m && readMassUnit(m[1] as string);
  if (!from) return undefined;
  return { value: from === to ? value : dec(value).mul(mgPer(from)).div(mgPer(to)).toFixed(), rest: m[2] as string };
}

/** A quantity with its drug mass in `to` (exact); any other quantity as it is. */
export function quantityInMass(q: Quantity, to: MassUnit): Quantity {
  const r = inMass(q.value, q.unit, to);
  return r ? { value: r.value, unit: `${to}${r.rest}` } : q;
}

/**
 * The text a drug amount not in mg must contain: a digit, one space and a gram or microgram spelling
 * (every match of {@link AMOUNT} ends its last number with a digit, then one space, then its unit). A
 * text without it quotes drug amounts in mg only, so shifting it to mg changes nothing and the
 * regular-expression replace is skipped: the common case, the findings of an agent shown in mg.
 */
const NOT_MG = /\d (?:g|ug|mcg)/;

/**
 * A drug amount in text: a plain decimal, or a range of two (`150 to 300`, `0.5-1`), then a space and a
 * drug-amount unit. Not preceded by a digit, point, comma or dash, so no part of a larger number
 * (`1,225 mg`) or of a range written otherwise is ever shifted alone; not followed by a letter or `/`,
 * so `mg/dL` is never read as a drug amount.
 */
const AMOUNT = /(?<![\w.,\-–])(\d+(?:\.\d+)?)(?:(\s*(?:-|–|to|and|or)\s*)(\d+(?:\.\d+)?))? ((?:g|mg|ug|mcg)(?:\/(?:kg|min|h|d|mL|L))*)(?![\w/])/g;

/** The text with every drug amount it quotes shifted to `to`, written with `mcg` for micrograms (ISMP). */
export function textInMass(text: string, to: MassUnit): string {
  if (to === 'mg' && !NOT_MG.test(text)) return text;
  return text.replace(AMOUNT, (_whole: string, a: string, joint: string | undefined, b: string | undefined, unit: string) => {
    const first = inMass(a, unit, to) as { value: string; rest: string };
    const second = b === undefined ? '' : `${joint as string}${(inMass(b, unit, to) as { value: string }).value}`;
    return `${first.value}${second} ${to === 'ug' ? 'mcg' : to}${first.rest}`;
  });
}

/** A finding in the display unit `to`: observed, limit and message; unchanged when `to` is undefined. */
export function checkInMass<C extends Check | Issue>(c: C, to: MassUnit | undefined): C {
  if (to === undefined) return c;
  return {
    ...c,
    ...(c.observed !== undefined ? { observed: quantityInMass(c.observed, to) } : {}),
    ...(c.limit !== undefined ? { limit: quantityInMass(c.limit, to) } : {}),
    message: textInMass(c.message, to),
  };
}

/** The mass unit an agent is shown in: its declared display unit, else the unit its data is written in. */
export function displayMassOf(agent: Agent): MassUnit {
  return agent.displayUnit?.unit ?? agent.massUnit;
}

/** The display mass of the agent a protocol doses, or undefined for a protocol id the catalogue does not hold. */
export function displayMassOfProtocol(catalogue: Catalogue, protocolId: unknown): MassUnit | undefined {
  const agentId = catalogue.protocols.find((p) => p.id === protocolId)?.agent;
  const agent = catalogue.agents.find((a) => a.id === agentId);
  return agent && displayMassOf(agent);
}
