/**
 * Acknowledgements: a failed soft finding is cleared by an acknowledgement of its code with a
 * reason; hard findings never are. One copy, used by every path, so an acknowledgement means the
 * same thing in a single-agent plan and in a combination bag.
 */
import type { Acknowledgement, Check } from '../types/plan.js';

/**
 * Attaches each acknowledgement to the failed soft findings of its code, and adds an
 * `acknowledgement_unused` note for one that matches none.
 *
 * @returns The checks with acknowledgements attached, and whether a soft finding is still open.
 */
export function acknowledge(checks: readonly Check[], acks: readonly Acknowledgement[]): { checks: Check[]; needsAck: boolean } {
  const byCode = new Map<string, Acknowledgement>();
  for (const a of acks) if (!byCode.has(a.code)) byCode.set(a.code, a);
  const out = checks.map((c) => {
    if (c.passed || c.severity !== 'soft') return c;
    const ack = byCode.get(c.code);
    return ack
      ? { ...c, acknowledgement: { reason: ack.reason, ...(ack.by !== undefined ? { by: ack.by } : {}), ...(ack.at !== undefined ? { at: ack.at } : {}) } }
      : c;
  });
  // The codes of the findings an acknowledgement can match, read once: linear in checks + acknowledgements.
  const open = new Set(checks.filter((c) => !c.passed && c.severity === 'soft').map((c) => c.code as string));
  for (const a of acks) {
    if (!open.has(a.code)) {
      out.push({
        code: 'acknowledgement_unused',
        rule: 'input.acknowledgements',
        severity: 'info',
        passed: false,
        message: `The acknowledgement of "${a.code}" matches no soft finding in this plan; check the code.`,
      });
    }
  }
  const needsAck = out.some((c) => c.severity === 'soft' && !c.passed && c.acknowledgement === undefined);
  return { checks: out, needsAck };
}
