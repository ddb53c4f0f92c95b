/** Pre-infusion requirements: what the input confirms, denies, or leaves unstated. */
import { dec } from '../decimal/index.js';
import type { Requirement } from '../catalogue/types.js';
import type { ExactRequirement } from '../prepare/exact.js';
import type { Check, Plan } from '../types/plan.js';
import type { PlanInput } from '../schema/input.js';
import { quantity } from '../units/quantity.js';

const NOT_MET_CODE = { fasting: 'fasting_too_short', escort: 'no_escort', ecg: 'ecg_missing' } as const;

/** A requirement (with its fasting hours, read when the protocol was prepared) and whether the readiness confirms it: true, false, or null when unstated. */
export interface Confirmation {
  readonly req: Requirement;
  readonly hours: ExactRequirement['hours'];
  readonly confirmed: boolean | null;
}

/** A fasting requirement that states no hours asks for none. */
const NO_HOURS = dec(0);

function confirmation({ req, hours }: ExactRequirement, r: PlanInput['readiness']): boolean | null {
  if (req.id === 'fasting') return r.fastingHours === undefined ? null : r.fastingHours.gte(hours ?? NO_HOURS);
  if (req.id === 'escort') return r.escort ?? null;
  return r.ecgOnFile ?? null;
}

/** Each requirement with what the readiness says of it. */
export function confirmationsFor(reqs: readonly ExactRequirement[], readiness: PlanInput['readiness']): Confirmation[] {
  return reqs.map((r) => ({ req: r.req, hours: r.hours, confirmed: confirmation(r, readiness) }));
}

/** The plan's list of requirements and their confirmation. */
export function planRequirements(confirmations: readonly Confirmation[]): Plan['requirements'] {
  return confirmations.map(({ req, confirmed }) => ({ id: req.id, text: req.text, confirmed, source: req.source }));
}

/** Each requirement's check: unconfirmed (info), not met (soft) or confirmed. */
export function requirementChecks(confirmations: readonly Confirmation[], readiness: PlanInput['readiness'], agent: string): Check[] {
  return confirmations.map(({ req, hours, confirmed }) => ({
    code: confirmed === null ? 'requirement_unconfirmed' : NOT_MET_CODE[req.id],
    rule: `requirement.${req.id}`,
    severity: confirmed === null ? 'info' : 'soft',
    passed: confirmed === true,
    agent,
    ...(req.id === 'fasting' && readiness.fastingHours !== undefined
      ? { observed: quantity(readiness.fastingHours, 'h'), limit: quantity(hours ?? NO_HOURS, 'h') }
      : {}),
    source: req.source,
    message:
      confirmed === null
        ? `Confirm before starting: ${req.text}`
        : confirmed
          ? `Confirmed: ${req.text}`
          : `Not met: ${req.text} Resolve it, or acknowledge with a reason.`,
  }));
}
