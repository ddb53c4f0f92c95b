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
import { MASS_UNITS, type MassUnit, type Quantity, mgPer, readMassUnit } from '../units/index.js';

/** How a display mass is written in text: `mcg` for the microgram (ISMP), the UCUM code otherwise. */
const MASS_TEXT: Record<MassUnit, string> = { g: 'g', mg: 'mg', ug: 'mcg' };

/** The denominators a drug amount may have: per kg of body weight, per time, per volume of solution. */
const DRUG_DENOMINATORS: ReadonlySet<string> = new Set(['kg', 'min', 'h', 'd', 'mL', 'L']);

/** The mass atom and the rest of a drug-amount unit (`ug/kg/h` is `ug` and `/kg/h`), or undefined for any other unit. */
function drugMass(unit: string, spelling: (s: string) => MassUnit | undefined): { mass: MassUnit; rest: string } | undefined {
  const [head = '', ...rest] = unit.split('/');
  const mass = spelling(head);
  if (mass === undefined || !rest.every((r) => DRUG_DENOMINATORS.has(r))) return undefined;
  return { mass, rest: rest.map((r) => `/${r}`).join('') };
}

const ucumMass = (s: string): MassUnit | undefined => ((MASS_UNITS as readonly string[]).includes(s) ? (s as MassUnit) : undefined);

/** value x (mg per `from`) / (mg per `to`): exact, a decimal shift. */
function shift(value: string, from: MassUnit, to: MassUnit): string {
  return from === to ? value : dec(value).mul(mgPer(from)).div(mgPer(to)).toFixed();
}

/** A quantity with its drug mass in `to` (exact); any other quantity as it is. */
export function quantityInMass(q: Quantity, to: MassUnit): Quantity {
  const m = drugMass(q.unit, ucumMass);
  if (m === undefined || m.mass === to || !/^-?\d+(\.\d+)?$/.test(q.value)) return q;
  return { value: shift(q.value, m.mass, to), unit: `${to}${m.rest}` };
}

/**
 * A drug amount in text: a plain decimal, or a range of two (`150 to 300`, `0.5-1`), then a space and a
 * mass unit with drug denominators. Not preceded by a digit, point, comma or dash, so no part of a larger
 * number (`1,225 mg`) or of a range written otherwise is ever shifted alone.
 */
const AMOUNT = /(?<![\w.,\-–])(\d+(?:\.\d+)?)(?:(\s*(?:-|–|to|and|or)\s*)(\d+(?:\.\d+)?))? ((?:g|mg|ug|mcg)(?:\/[A-Za-z]+)*)(?![\w/])/g;

/** The text with every drug amount it quotes shifted to `to`, written with `mcg` for micrograms. */
export function textInMass(text: string, to: MassUnit): string {
  return text.replace(AMOUNT, (whole: string, a: string, joint: string | undefined, b: string | undefined, unit: string) => {
    const m = drugMass(unit, readMassUnit);
    if (m === undefined) return whole;
    const first = shift(a, m.mass, to);
    const second = b === undefined ? '' : `${joint ?? ''}${shift(b, m.mass, to)}`;
    return `${first}${second} ${MASS_TEXT[to]}${m.rest}`;
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
  const protocol = catalogue.protocols.find((p) => p.id === protocolId);
  const agent = protocol === undefined ? undefined : catalogue.agents.find((a) => a.id === protocol.agent);
  return agent === undefined ? undefined : displayMassOf(agent);
}
