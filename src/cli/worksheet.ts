/**
 * The CLI's compounding worksheet: the library's {@link formatWorksheet} (any plan kind: a single
 * infusion, a combination bag, a nasal spray), with each agent in its display unit and inputs echoed
 * as entered. A plan the library wrote always renders; a refusal is shown rather than thrown.
 */
import { type Check, type CombinationPlan, type NasalSprayPlan, type Plan, formatWorksheet } from 'infusion-dose';

/**
 * Renders the worksheet.
 *
 * @param plan - A plan from `planInfusion`, `planCombination` or `planNasalSpray`.
 * @param warnings - The plan's warnings (failed checks), from the same result.
 * @returns The worksheet as text, newline-terminated.
 */
export function renderWorksheet(plan: Plan | CombinationPlan | NasalSprayPlan, warnings?: readonly Check[]): string {
  const text = formatWorksheet(plan, warnings);
  return typeof text === 'string' ? text : `Cannot write a worksheet for this plan: ${text.issues.map((i) => `${i.code} (${i.message})`).join('; ')}\n`;
}
