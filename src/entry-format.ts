/**
 * `infusion-dose/format`: a plan, a quantity or a compounding worksheet as text a person reads (ISMP
 * conventions). The same functions as the main entry's.
 */
export { formatQuantity, type FormatQuantityOptions, type FormattedQuantity } from './format/quantity.js';
export { formatPlan, type AnyPlan } from './format/plan.js';
export { formatWorksheet } from './format/worksheet.js';
