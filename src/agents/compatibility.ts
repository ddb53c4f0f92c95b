/**
 * Whether two agents may share one bag, as cited data. A pair not listed here is unknown: a
 * combination bag with it is a soft finding that needs an acknowledgement with a reason.
 */
import type { Source } from '../catalogue/types.js';
import { PRECEDEX_LABEL } from './sources.js';
import { CHEO_ZOLEDRONIC_ACID, PAMIDRONATE_CALCIUM_UNVERIFIED } from './sources-more.js';

/** A cited statement about two agents in one container. */
export interface CompatibilityRecord {
  readonly agents: readonly [string, string];
  readonly status: 'compatible' | 'incompatible';
  readonly text: string;
  readonly source: Source;
}

/** Agents that must be given alone, whatever the other agent. */
export const GIVE_ALONE: readonly { readonly agent: string; readonly text: string; readonly source: Source }[] = [
  {
    agent: 'zoledronic-acid',
    text: 'Give alone in a separate line (no calcium or other divalent-cation solutions).',
    source: CHEO_ZOLEDRONIC_ACID,
  },
  {
    agent: 'pamidronate',
    text: 'Give in a separate line (no calcium-containing solutions).',
    source: PAMIDRONATE_CALCIUM_UNVERIFIED,
  },
];

/** Pairs with a cited compatibility statement. */
export const COMPATIBILITY: readonly CompatibilityRecord[] = [
  {
    agents: ['dexmedetomidine', 'magnesium-sulfate'],
    status: 'compatible',
    text: 'The Precedex label lists magnesium sulfate 100 mg/mL as compatible (Y-site).',
    source: { ...PRECEDEX_LABEL, note: 'Y-site compatibility; mixing in one bag is an extrapolation.' },
  },
];

/** The cited statement for a pair, or `undefined` when none is known. */
export function compatibilityOf(
  a: string,
  b: string,
): CompatibilityRecord | { readonly status: 'incompatible'; readonly text: string; readonly source: Source } | undefined {
  const alone = GIVE_ALONE.find((g) => g.agent === a || g.agent === b);
  if (alone) return { status: 'incompatible', text: `${alone.agent}: ${alone.text}`, source: alone.source };
  return COMPATIBILITY.find((r) => (r.agents[0] === a && r.agents[1] === b) || (r.agents[0] === b && r.agents[1] === a));
}
