/**
 * How a plan's quantities are shown to people: each agent's masses in its one display unit, each
 * measure to a precision fit for it, and inputs as entered beside the converted value.
 *
 * - **One unit per agent.** A quantity whose unit starts with a mass (`mg/mL`, `mg/kg/h`, `g`) is
 *   converted exactly (x 1000 or / 1000, a decimal shift) to the agent's display unit before it is
 *   written; `ug` is then written `mcg` by {@link formatQuantity}.
 * - **Precision for the measure** (display only; the plan keeps the exact value). Durations to the
 *   minute, with hours and minutes beside from 60 min; volumes to what a syringe measures (0.1 mL
 *   from 1 mL up, 0.01 mL below: the reference's rounding convention, section 9, citing ISMP 2020
 *   Smart Pump Guidelines); body weight to 0.01 kg; doses and concentrations to four significant
 *   figures. A rounded value is marked `≈` (by {@link formatQuantity}), so the text never claims a
 *   precision the plan does not have. Values a person sets or measures (the pump rate, the volume to
 *   draw, a limit, a product strength) are written with {@link exactText}, digit for digit.
 *
 * @module
 */
import { REPORT_DECIMALS } from '../decimal/index.js';
import type { Quantity } from '../units/index.js';
import { readMassUnit } from '../units/index.js';
import { formatQuantity, inMassUnit } from './quantity.js';

/** A mass unit an agent is shown in (UCUM). */
export type DisplayMass = 'g' | 'mg' | 'ug';

/** The quantity with its leading mass atom in `unit` (exact: a decimal shift); unchanged when there is none. */
export function inDisplayUnit(q: Quantity, unit: DisplayMass | undefined): Quantity {
  return inMassUnit(q, unit);
}

/** A quantity's text with its own digits; a quantity outside the closed set is shown loudly, never silently. */
export function exactText(q: Quantity, unit?: DisplayMass): string {
  const shown = inDisplayUnit(q, unit);
  const r = formatQuantity(shown);
  if (r.ok) return r.text;
  return `[cannot display ${JSON.stringify(q.value)} ${JSON.stringify(q.unit)}: ${r.issues.map((i) => i.code).join(', ')}]`;
}

/** Decimal places that give `figures` significant figures for `value` (0 to the reported places). */
function placesFor(value: string, figures: number): number {
  const body = value.replace(/^-/, '');
  const [int = '', frac = ''] = body.split('.');
  if (/[1-9]/.test(int)) return Math.max(0, figures - int.replace(/^0+/, '').length);
  const zeros = /^0*/.exec(frac)?.[0].length ?? 0;
  return Math.min(REPORT_DECIMALS, zeros + figures);
}

/** The decimal places a measure is shown to; `undefined` for its own digits. */
function placesForMeasure(q: Quantity): number | undefined {
  const [head] = q.unit.split('/');
  if (q.unit === 'min') return 0;
  if (q.unit === 'mL') return Number(q.value) >= 1 ? 1 : 2;
  if (q.unit === 'kg') return 2;
  if (q.unit === 'm2' || q.unit === 'mL/min') return 2;
  if (readMassUnit(head ?? '') !== undefined) return placesFor(q.value, 4);
  return undefined;
}

/** `8 h 6 min` for a whole number of minutes from 60 up; `''` below. */
function hoursAndMinutes(minutes: string): string {
  const whole = Number(minutes.replace(/^≈/, '').replace(/,/g, ''));
  if (!Number.isInteger(whole) || whole < 60) return '';
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  return ` (${h} h${m === 0 ? '' : ` ${m} min`})`;
}

/**
 * A quantity's text at the precision fit for its measure, in the agent's display unit. A value that
 * would round to zero at that precision is shown with its own digits instead, never as 0.
 */
export function approxText(q: Quantity, unit?: DisplayMass): string {
  const shown = inDisplayUnit(q, unit);
  const decimals = placesForMeasure(shown);
  if (decimals === undefined) return exactText(shown);
  const r = formatQuantity(shown, { decimals });
  if (!r.ok) return exactText(shown);
  return shown.unit === 'min' ? `${r.text}${hoursAndMinutes(r.text.replace(/ min$/, ''))}` : r.text;
}

/** An input as entered beside the value the plan converted it to: `82 lb (≈37.19 kg)`; only the value when no conversion took place. */
export function enteredText(entered: Quantity | undefined, converted: Quantity): string {
  if (entered === undefined || entered.unit === converted.unit) return approxText(converted);
  return `${exactText(entered)} (${approxText(converted)})`;
}

/**
 * A number followed by a unit code in prose. The single letters `a` (year) and `d` (day) are
 * ordinary words too ("3 a week"), so they count as units only before punctuation or the end.
 */
const NUMBER_UNIT = /(?<![\w.,-])(-?\d+(?:\.\d+)?) ([A-Za-z%{}[\]_0-9]+(?:\/[A-Za-z{}[\]_0-9]+)*)(?=$|[\s.,;:)\]])/g;

/**
 * Re-displays the "number unit" pairs of a check's prose through {@link formatQuantity}, masses in
 * the agent's display unit (`0.1184 mg` of dexmedetomidine reads `118.4 mcg`); the rest is unchanged.
 */
export function displayProse(text: string, unit?: DisplayMass): string {
  return text.replace(NUMBER_UNIT, (whole: string, value: string, code: string, offset: number, all: string) => {
    const after = all.charAt(offset + whole.length);
    if ((code === 'a' || code === 'd') && after !== '' && !/[.,;:)\]]/.test(after)) return whole;
    if (code === '1') return whole;
    const r = formatQuantity(inDisplayUnit({ value, unit: code }, unit));
    return r.ok ? r.text : whole;
  });
}
