/**
 * Compatibility of every pair of agents in one bag: a cited incompatibility is hard, a cited
 * compatibility an info note, and a pair with no cited statement a soft finding.
 */
import { compatibilityOf } from '../agents/compatibility.js';
import type { Check } from '../types/plan.js';

/** One check per pair of agents, in the order the components are listed. */
export function compatibilityChecks(agents: readonly string[]): Check[] {
  const checks: Check[] = [];
  agents.forEach((a, i) => {
    for (const b of agents.slice(i + 1)) checks.push(pairCheck(a, b));
  });
  return checks;
}

function pairCheck(a: string, b: string): Check {
  const rec = compatibilityOf(a, b);
  return {
    code: rec?.status === 'incompatible' ? 'incompatible_agents' : rec ? 'compatible_agents' : 'compatibility_unknown',
    rule: `compatibility.${a}.${b}`,
    severity: rec?.status === 'incompatible' ? 'hard' : rec ? 'info' : 'soft',
    passed: rec?.status === 'compatible',
    ...(rec ? { source: rec.source } : {}),
    message: rec
      ? `${a} with ${b}: ${rec.text}`
      : `No cited statement on ${a} with ${b} in one bag: confirm compatibility (pharmacy, a compatibility reference) and acknowledge with a reason.`,
  };
}
