/**
 * Units and terms of the ISO/IEEE 11073-10101 nomenclature (MDC) the PCD messages use, each with
 * its source. A 32-bit MDC code is partition x 65536 + term code: units are partition 4
 * (4 x 65536 = 262144), pump parameters partition 2 (131072).
 *
 * Sources:
 * - IHE PCD TF-2 Rev 8.0 (2018), PCD-03: RXG-7/24 `263762^MDC_DIM_MILLI_L`, RXG-16 examples
 *   `265266^MDC_DIM_MILLI_L_PER_HR` and `265619^MDC_DIM_MICRO_G_PER_KG_PER_MIN`, `263872^MDC_DIM_X_G`,
 *   RXG-18 `263890^MDC_DIM_MILLI_G`, OBX-6 `263875^MDC_DIM_KILO_G`, `263441^MDC_DIM_CENTI_M`,
 *   `263616^MDC_DIM_SQ_X_M`, TQ1-13 `264352&MDC_DIM_MIN`, `264384&MDC_DIM_HR`; OBX-3
 *   `68063^MDC_ATTR_PT_WEIGHT`, `68060^MDC_ATTR_PT_HEIGHT`, `188744^MDC_AREA_BODY_SURF_ACTUAL`,
 *   `69986^MDC_DEV_PUMP_INFUS_VMD`.
 * - IHE PCD TF-3 Rev 8.0 (2018), table 7.1.2-1 (infusor source channel): MDC_FLOW_FLUID_PUMP
 *   (2::26712), MDC_VOL_FLUID_TBI_REMAIN (2::26800), MDC_FLOW_DRUG_DELIV (2::26732) with
 *   MDC_DIM_MILLI_G_PER_HR (4::3378), MDC_DIM_MILLI_G_PER_MIN (4::3346), MDC_DIM_MICRO_G_PER_HR
 *   (4::3379), MDC_DIM_MICRO_G_PER_MIN (4::3347), MDC_VOL_FLUID_DELIV (2::26792), MDC_DRUG_NAME_TYPE
 *   (2::53258).
 * - The other dimension codes (g/h, g/min, ug, the per-kg rates, mg/mL) are the 11073-10101 term
 *   codes as a device implementation lists them (NOM_DIM_X_G_PER_HR 3360, NOM_DIM_MILLI_G_PER_KG_PER_HR
 *   3506 ...), each + 262144; that list agrees with every code the TF states (MILLI_L_PER_HR 3122,
 *   MICRO_G_PER_KG_PER_MIN 3475, KILO_G 1731, CENTI_M 1297, MIN 2208, HR 2240).
 * - CP-PCD-PIV-142 (multistep, 2019): MDCX_INFUSION_ORDER_STEP_TYPE (code pending: 0), values
 *   "loading dose" and "continuous"; MDCX_INFUS_TOTAL_NUM_STEPS (code pending: 0).
 *
 * @module
 */

/** An MDC unit: its 32-bit code and reference id. */
export interface MdcUnit {
  readonly code: string;
  readonly refId: string;
}

/** MDC units by the UCUM code the plan writes: each code is 262144 (partition 4) + the 11073-10101 term code. */
export const MDC_UNITS: Readonly<Record<string, MdcUnit>> = /* @__PURE__ */ Object.freeze({
  g: { code: '263872', refId: 'MDC_DIM_X_G' },
  mg: { code: '263890', refId: 'MDC_DIM_MILLI_G' },
  ug: { code: '263891', refId: 'MDC_DIM_MICRO_G' },
  kg: { code: '263875', refId: 'MDC_DIM_KILO_G' },
  mL: { code: '263762', refId: 'MDC_DIM_MILLI_L' },
  cm: { code: '263441', refId: 'MDC_DIM_CENTI_M' },
  m2: { code: '263616', refId: 'MDC_DIM_SQ_X_M' },
  min: { code: '264352', refId: 'MDC_DIM_MIN' },
  h: { code: '264384', refId: 'MDC_DIM_HR' },
  'mL/h': { code: '265266', refId: 'MDC_DIM_MILLI_L_PER_HR' },
  'mL/min': { code: '265234', refId: 'MDC_DIM_MILLI_L_PER_MIN' },
  'g/min': { code: '265472', refId: 'MDC_DIM_X_G_PER_MIN' },
  'mg/min': { code: '265490', refId: 'MDC_DIM_MILLI_G_PER_MIN' },
  'ug/min': { code: '265491', refId: 'MDC_DIM_MICRO_G_PER_MIN' },
  'g/h': { code: '265504', refId: 'MDC_DIM_X_G_PER_HR' },
  'mg/h': { code: '265522', refId: 'MDC_DIM_MILLI_G_PER_HR' },
  'ug/h': { code: '265523', refId: 'MDC_DIM_MICRO_G_PER_HR' },
  'g/kg/min': { code: '265600', refId: 'MDC_DIM_X_G_PER_KG_PER_MIN' },
  'mg/kg/min': { code: '265618', refId: 'MDC_DIM_MILLI_G_PER_KG_PER_MIN' },
  'ug/kg/min': { code: '265619', refId: 'MDC_DIM_MICRO_G_PER_KG_PER_MIN' },
  'g/kg/h': { code: '265632', refId: 'MDC_DIM_X_G_PER_KG_PER_HR' },
  'mg/kg/h': { code: '265650', refId: 'MDC_DIM_MILLI_G_PER_KG_PER_HR' },
  'ug/kg/h': { code: '265651', refId: 'MDC_DIM_MICRO_G_PER_KG_PER_HR' },
  'g/mL': { code: '264288', refId: 'MDC_DIM_X_G_PER_ML' },
  'mg/mL': { code: '264306', refId: 'MDC_DIM_MILLI_G_PER_ML' },
  'ug/mL': { code: '264307', refId: 'MDC_DIM_MICRO_G_PER_ML' },
});

/** An MDC term: its 32-bit code (0 where the code is still pending) and reference id. */
export interface MdcTerm {
  readonly code: string;
  readonly refId: string;
}

/** The MDC terms the PCD-03 and PCD-01 content here uses (pump parameters: 131072, partition 2, + the term code). */
export const MDC_TERMS = /* @__PURE__ */ Object.freeze({
  patientWeight: { code: '68063', refId: 'MDC_ATTR_PT_WEIGHT' },
  patientHeight: { code: '68060', refId: 'MDC_ATTR_PT_HEIGHT' },
  bodySurfaceArea: { code: '188744', refId: 'MDC_AREA_BODY_SURF_ACTUAL' },
  pump: { code: '69986', refId: 'MDC_DEV_PUMP_INFUS_VMD' },
  stepType: { code: '0', refId: 'MDCX_INFUSION_ORDER_STEP_TYPE' },
  totalSteps: { code: '0', refId: 'MDCX_INFUS_TOTAL_NUM_STEPS' },
  pumpRate: { code: '157784', refId: 'MDC_FLOW_FLUID_PUMP' }, // 2::26712
  doseRate: { code: '157804', refId: 'MDC_FLOW_DRUG_DELIV' }, // 2::26732
  vtbiRemaining: { code: '157872', refId: 'MDC_VOL_FLUID_TBI_REMAIN' }, // 2::26800
  volumeDelivered: { code: '157864', refId: 'MDC_VOL_FLUID_DELIV' }, // 2::26792
  drugName: { code: '184330', refId: 'MDC_DRUG_NAME_TYPE' }, // 2::53258
} satisfies Readonly<Record<string, MdcTerm>>);
