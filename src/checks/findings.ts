/**
 * Sorts a plan's checks by what they ask of a person. One copy for every kind of plan (single agent,
 * combination bag, nasal spray), so `warnings` means the same thing on each.
 */
import type { Check, Findings, OpenFinding } from '../types/plan.js';

/**
 * The warnings (failed soft findings), notices (failed info checks) and, one per code in order of first
 * appearance, the soft findings no acknowledgement has cleared yet. Hard findings never reach a plan.
 * @example findingsOf(plan.checks).needsAcknowledgement.map((f) => f.code) // ['dose_rate_above_soft_limit']
 */
export function findingsOf(checks: readonly Check[]): Findings {
  const warnings: Check[] = [];
  const notices: Check[] = [];
  const open = new Map<string, { code: Check['code']; message: string; count: number }>();
  for (const c of checks) {
    if (c.passed) continue;
    if (c.severity === 'info') notices.push(c);
    else warnings.push(c);
    if (c.severity !== 'soft' || c.acknowledgement !== undefined) continue;
    const seen = open.get(c.code);
    if (seen) seen.count += 1;
    else open.set(c.code, { code: c.code, message: c.message, count: 1 });
  }
  const needsAcknowledgement: OpenFinding[] = [...open.values()];
  return { warnings, notices, needsAcknowledgement };
}
