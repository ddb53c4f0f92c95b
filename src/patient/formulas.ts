/**
 * Body-surface area (Mosteller) and creatinine clearance (Cockcroft-Gault), exact decimal
 * arithmetic on kg, cm, years and mg/dL.
 */
import { type Dec, dec } from '../decimal/index.js';
import type { Source } from '../catalogue/types.js';
import type { Sex } from './weights.js';

export const MOSTELLER_1987 = {
  citation: 'Mosteller RD, N Engl J Med 1987;317:1098 (via GlobalRPh BSA page)',
  grade: 'standard',
  verified: true,
} as const satisfies Source;

export const COCKCROFT_GAULT = {
  citation: "Cockcroft-Gault (Taber's; rxkinetics; proreckoner); the Zometa SmPC specifies Cockcroft-Gault",
  grade: 'secondary',
  verified: true,
  note: 'CrCl (mL/min) = (140 - age) x weight kg / (72 x SCr mg/dL), x 0.85 if female; SCr umol/L / 88.4 = mg/dL.',
} as const satisfies Source;

/** umol/L of creatinine per mg/dL (Cockcroft-Gault sources). */
export const CREATININE_UMOL_PER_MG_DL = '88.4';

/** Body-surface area in m2: sqrt(height cm x weight kg / 3600). */
export function bodySurfaceArea(heightCm: Dec, weightKg: Dec): Dec {
  return heightCm.mul(weightKg).div(3600).sqrt();
}

/** Serum creatinine in mg/dL from a value in mg/dL or umol/L. */
export function creatinineMgDl(value: Dec, unit: 'mg/dL' | 'umol/L'): Dec {
  return unit === 'mg/dL' ? value : value.div(dec(CREATININE_UMOL_PER_MG_DL));
}

/** Creatinine clearance in mL/min: (140 - age) x kg / (72 x SCr mg/dL), x 0.85 for a woman. */
export function creatinineClearance(ageYears: Dec, weightKg: Dec, creatinineMgPerDl: Dec, sex: Sex): Dec {
  const male = dec(140).sub(ageYears).mul(weightKg).div(dec(72).mul(creatinineMgPerDl));
  return sex === 'female' ? male.mul(dec('0.85')) : male;
}
