/** `infusion-dose plan`: one session's plan, as text (formatPlan) or JSON. */
import type { PlanRequest } from '../types/requests.js';
import { formatPlan, planInfusion } from 'infusion-dose';
import { loadCatalogue } from './catalogue-file.js';
import { EXIT } from './issues.js';
import { type Io, toJson } from './io.js';
import { type PlanFlags, readPlanRequest } from './plan-request.js';
import { refuse } from './refuse.js';

/**
 * Runs `plan`.
 *
 * @returns 0 for a ready plan, 1 when it needs acknowledgement, 2 for refused input.
 */
export async function runPlan(flags: PlanFlags, io: Io): Promise<number> {
  const catalogue = await loadCatalogue(flags.catalogue);
  const { request, fromFlags } = await readPlanRequest(flags, 'from-flags', io.stdin);
  // The request comes from a file or flags: the door reads it at run time and refuses what it is not.
  const result = planInfusion(request as PlanRequest, catalogue);
  if (!result.ok) return refuse(io, 'plan', result.issues, flags.json === true, fromFlags, { catalogue, schema: 'plan-input' });
  const code = result.plan.status === 'ready' ? EXIT.ok : EXIT.attention;
  if (flags.json === true) {
    io.out(toJson(result));
  } else {
    const text = formatPlan(result.plan);
    if (typeof text !== 'string') return refuse(io, 'plan', text.issues, false, fromFlags);
    io.out(`${text}\n`);
    if (code === EXIT.attention) io.err(ackHint(result.plan.checks));
  }
  return code;
}

/** The findings that still need acknowledging, and how to acknowledge them. */
export function ackHint(
  checks: readonly { readonly code: string; readonly severity: string; readonly passed: boolean; readonly acknowledgement?: unknown }[],
): string {
  const open = [...new Set(checks.filter((c) => !c.passed && c.severity === 'soft' && c.acknowledgement === undefined).map((c) => c.code))];
  const lines = ['infusion-dose: this plan NEEDS ACKNOWLEDGEMENT before it is used.'];
  for (const code of open) lines.push(`  acknowledge with: --ack ${code}:"<reason>"  (or acknowledgements: [{ "code": "${code}", "reason": "..." }] in JSON)`);
  return `${lines.join('\n')}\n`;
}
