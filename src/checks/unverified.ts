/** Surfacing data the reference marks [UNVERIFIED] or [CONFLICT] whenever a plan uses it. */
import type { Source } from '../catalogue/types.js';
import type { Check } from '../types/plan.js';

/** An `unverified_data` info finding for a source that is not verified, or `undefined` when it is. */
export function unverified(rule: string, what: string, source: Source): Check | undefined {
  if (source.verified) return undefined;
  return {
    code: 'unverified_data',
    rule,
    severity: 'info',
    passed: false,
    source,
    message: `${what} rests on data the reference marks ${source.conflict ? '[CONFLICT]' : '[UNVERIFIED]'}${source.note ? `: ${source.note}` : ''}${source.conflict ? `: ${source.conflict}` : ''}`,
  };
}
