/**
 * The mass unit each agent is shown in, with its source. The reference writes each agent's doses in
 * one unit (shared/reference/clinical-dosing.md: dexmedetomidine and clonidine in mcg, magnesium and
 * IVIG in g, the others in mg); ISMP asks for `mcg`, never `µg` or `ug`, on anything a person reads.
 */
import type { AgentDisplayUnit, Source } from '../catalogue/types.js';

/** ISMP's list: `mcg` for micrograms, and doses written as the prescriber and the label write them. */
const ISMP_ABBREVIATIONS = {
  citation:
    'ISMP List of Error-Prone Abbreviations, Symbols, and Dose Designations (2021), https://www.ismp.org/recommendations/error-prone-abbreviations-list: "µg" mistaken for mg, use "mcg"',
  grade: 'guideline',
  verified: true,
} as const satisfies Source;

const display = (unit: AgentDisplayUnit['unit'], note: string): AgentDisplayUnit => ({ unit, source: { ...ISMP_ABBREVIATIONS, note } });

/** Micrograms (shown as mcg): dexmedetomidine. */
export const DEXMEDETOMIDINE_DISPLAY = display(
  'ug',
  'Reference section 4: the label and ASHP Standardize 4 Safety write dexmedetomidine in mcg (4 mcg/mL, dosing unit mcg/kg/h) [label; guideline].',
);
/** Micrograms (shown as mcg): clonidine. */
export const CLONIDINE_DISPLAY = display(
  'ug',
  'Reference section 5: clonidine is written in mcg (150 mcg/mL ampoule, 150-300 mcg, max 750 mcg/24 h) [hosp; label].',
);
/** Grams: magnesium sulfate. */
export const MAGNESIUM_DISPLAY = display(
  'g',
  'Reference section 3: magnesium sulfate session amounts and caps are written in g (4.9 g over 4 h, at most 20 g per 48 h) [RCT; label].',
);
/** Grams: immune globulin. */
export const IVIG_DISPLAY = display('g', 'Reference section 6: IVIG is written in g and g/kg (0.5 g/kg, 2 g/kg, vials of 2.5 to 40 g) [RCT; label].');
/** Milligrams: every other agent, as the reference writes its doses. */
export const MG_DISPLAY = display('mg', "The reference writes this agent's doses in mg and mg/kg (sections 1, 2 and 7).");
