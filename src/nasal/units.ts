/** The count units of a nasal-spray plan, as UCUM annotations. */

/** One actuation of the pump. */
export const SPRAY = '{spray}';
/** One administration: a whole number of sprays. */
export const DOSE = '{dose}';
