/** Acknowledgements of soft findings: the planners' one rule, with the nasal plan's status. */
import { acknowledge as acknowledgeFindings } from '../checks/acknowledge.js';
import type { Check } from '../types/plan.js';
import type { NasalInput } from './input.js';

/** The checks with each acknowledgement applied, and the plan's status. */
export interface Acknowledged {
  readonly checks: Check[];
  /** `needs-acknowledgement` while a failed soft check has no acknowledgement with a reason. */
  readonly status: 'ready' | 'needs-acknowledgement';
}

/**
 * Attaches each acknowledgement to the failed soft checks of its code and notes one that matches
 * none, exactly as an infusion or combination plan does (src/checks/acknowledge.ts).
 */
export function acknowledge(checks: readonly Check[], acknowledgements: NasalInput['acknowledgements']): Acknowledged {
  const { checks: applied, needsAck } = acknowledgeFindings(checks, acknowledgements);
  return { checks: applied, status: needsAck ? 'needs-acknowledgement' : 'ready' };
}
