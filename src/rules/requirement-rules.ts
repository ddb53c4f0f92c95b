/** Pre-infusion requirements: what the input confirms, denies, or leaves unstated. */
import { dec } from '../decimal/index.js';
import type { Requirement } from '../catalogue/types.js';
import type { Check, Plan } from '../types/plan.js';
import type { PlanInput } from '../schema/input.js';
import { quantity } from '../units/quantity.js';

const NOT_MET_CODE = { fasting: 'fasting_too_short', escort: 'no_escort', ecg: 'ecg_missing' } as const;

/** Whether the readiness confirms a requirement: true, false, or null when unstated. */
function confirmation(req: Requirement, r: PlanInput['readiness']): boolean | null {
  if (req.id === 'fasting') return r.fastingHours === undefined ? null : r.fastingHours.gte(dec(req.hours ?? '0'));
  if (req.id === 'escort') return r.escort ?? null;
  return r.ecgOnFile ?? null;
}

/** Each requirement's check and its entry in the plan. */
export function requirementChecks(
  reqs: readonly Requirement[],
  readiness: PlanInput['readiness'],
  agent: string,
): { checks: Check[]; requirements: Plan['requirements'] } {
  const checks: Check[] = [];
  const requirements = reqs.map((req) => {
    const confirmed = confirmation(req, readiness);
    checks.push({
      code: confirmed === null ? 'requirement_unconfirmed' : NOT_MET_CODE[req.id],
      rule: `requirement.${req.id}`,
      severity: confirmed === null ? 'info' : 'soft',
      passed: confirmed === true,
      agent,
      ...(req.id === 'fasting' && readiness.fastingHours !== undefined
        ? { observed: quantity(readiness.fastingHours, 'h'), limit: quantity(dec(req.hours ?? '0'), 'h') }
        : {}),
      source: req.source,
      message:
        confirmed === null
          ? `Confirm before starting: ${req.text}`
          : confirmed
            ? `Confirmed: ${req.text}`
            : `Not met: ${req.text} Resolve it, or acknowledge with a reason.`,
    });
    return { id: req.id, text: req.text, confirmed, source: req.source };
  });
  return { checks, requirements };
}
