/** `infusion-dose worksheet`: a compounding worksheet from a plan request. */
import type { PlanRequest } from '../types/requests.js';
import { planInfusion } from 'infusion-dose';
import { loadCatalogue } from './catalogue-file.js';
import { EXIT } from './issues.js';
import { type Io, toJson } from './io.js';
import { ackHint } from './plan-command.js';
import { type PlanFlags, readPlanRequest } from './plan-request.js';
import { refuse } from './refuse.js';
import { renderWorksheet } from './worksheet.js';

/**
 * Runs `worksheet`.
 *
 * @returns 0 for a ready plan, 1 when it needs acknowledgement (the worksheet says so at the top), 2 for refused input.
 */
export async function runWorksheet(flags: PlanFlags, io: Io): Promise<number> {
  const catalogue = await loadCatalogue(flags.catalogue);
  const { request, fromFlags } = await readPlanRequest(flags, 'from-flags', io.stdin);
  // The request comes from a file or flags: the door reads it at run time and refuses what it is not.
  const result = planInfusion(request as PlanRequest, catalogue);
  if (!result.ok) return refuse(io, 'worksheet', result.issues, flags.json === true, fromFlags, { catalogue, schema: 'plan-input' });
  const text = renderWorksheet(result.plan, [...result.warnings, ...result.notices]);
  const code = result.plan.status === 'ready' ? EXIT.ok : EXIT.attention;
  if (flags.json === true)
    io.out(
      toJson({
        ok: true,
        status: result.plan.status,
        worksheet: text,
        plan: result.plan,
        warnings: result.warnings,
        notices: result.notices,
        needsAcknowledgement: result.needsAcknowledgement,
      }),
    );
  else {
    io.out(text);
    if (code === EXIT.attention) io.err(ackHint(result.plan.checks));
  }
  return code;
}
