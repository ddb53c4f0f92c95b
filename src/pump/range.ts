/** The pump rate range used when the input names none. */

/** Pump rate range used when the input names none (a typical large-volume pump). */
export const DEFAULT_PUMP_RANGE = Object.freeze({
  minRate: '0.1',
  maxRate: '999',
  source: Object.freeze({
    citation:
      'Typical large-volume pump range: UCLH injectable medicines guide (usual range 1-999 mL/h); Alaris GP volumetric pump brochure (0.1-1200 mL/h); drugdose drip calculator warnings (below 0.1 or above 999 mL/h)',
    grade: 'secondary',
    verified: true,
  } as const),
} as const);
