/** Acknowledgements of soft findings, as in the infusion planner. */
import type { Check } from '../types/plan.js';
import type { NasalInput } from './input.js';

/** The checks with each acknowledgement applied, and the plan's status. */
export interface Acknowledged {
  readonly checks: Check[];
  /** `needs-acknowledgement` while a failed soft check has no acknowledgement with a reason. */
  readonly status: 'ready' | 'needs-acknowledgement';
}

/**
 * Attaches each acknowledgement to the failed soft check of the same code, adds an
 * `acknowledgement_unused` note for one that matches none, and works out the status.
 */
export function acknowledge(checks: readonly Check[], acknowledgements: NasalInput['acknowledgements']): Acknowledged {
  const applied = checks.map((c) => {
    if (c.passed || c.severity !== 'soft') return c;
    const ack = acknowledgements.find((a) => a.code === c.code);
    return ack ? { ...c, acknowledgement: { reason: ack.reason } } : c;
  });
  for (const a of acknowledgements) {
    if (!applied.some((c) => !c.passed && c.severity === 'soft' && c.code === a.code)) {
      applied.push({
        code: 'acknowledgement_unused',
        rule: 'input.acknowledgements',
        severity: 'info',
        passed: false,
        message: `The acknowledgement of "${a.code}" matches no soft finding in this plan; check the code.`,
      });
    }
  }
  const needsAck = applied.some((c) => c.severity === 'soft' && !c.passed && c.acknowledgement === undefined);
  return { checks: applied, status: needsAck ? 'needs-acknowledgement' : 'ready' };
}
