/**
 * CDS Hooks cards (CDS Hooks 2.0, `order-sign`) for a planner's result: what a clinician signing an
 * order sees.
 *
 * Mapping: a refused result gives one `critical` card per issue (the order cannot be signed as it
 * is); a plan gives one card per failed check: `hard` would be `critical` (a plan never carries one:
 * a hard finding refuses), an unacknowledged `soft` finding is a `warning` with override reasons (the
 * clinician's choice becomes the acknowledgement `{ code, reason }` the planner asks for), an
 * acknowledged soft finding and an `info` finding are `info`. Passed checks make no card. Each card's
 * `topic` carries the check or issue code, so a client can send the acknowledgement back by code.
 *
 * Stays with the caller: the CDS service itself (discovery, the HTTP endpoint, prefetch, auth), card
 * `uuid`s for feedback, and suggestions that change the order.
 *
 * @module
 */
import type { Check, Issue, Plan } from '../types/plan.js';
import { guard, snapshot } from '../schema/guard.js';
import { frozenCopy } from '../types/freeze.js';
import { PLAN_BOUNDS, checkBounds } from '../types/input-limits.js';
import type { Issues } from '../types/issues.js';

/** A CDS Hooks Coding. */
export interface CdsCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

/** A CDS Hooks card as written here. */
export interface CdsCard {
  /** At most 140 characters (the spec's limit); the whole message is in `detail`. */
  readonly summary: string;
  readonly detail: string;
  readonly indicator: 'info' | 'warning' | 'critical';
  readonly source: { readonly label: string; readonly topic: CdsCoding };
  /** For a soft finding: the reasons a clinician may give to override it (acknowledge). */
  readonly overrideReasons?: readonly CdsCoding[];
}

/** The result of {@link toCdsHooksCards}. */
export type CdsCardsResult = { readonly ok: true; readonly cards: readonly CdsCard[] } | { readonly ok: false; readonly issues: Issues };

/** The code system of a card's topic: the library's check and issue codes. */
export const CDS_TOPIC_SYSTEM = 'urn:infusion-dose:code';
/** The code system of the override reasons. */
export const CDS_OVERRIDE_SYSTEM = 'urn:infusion-dose:override-reason';
const SOURCE_LABEL = 'infusion-dose';
const SUMMARY_CHARS = 140;

/** The override reasons offered on a soft finding; the chosen display is the acknowledgement's reason. */
export const CDS_OVERRIDE_REASONS: readonly CdsCoding[] = /* @__PURE__ */ Object.freeze(
  [
    { system: CDS_OVERRIDE_SYSTEM, code: 'clinically-appropriate', display: 'Reviewed: clinically appropriate for this patient' },
    { system: CDS_OVERRIDE_SYSTEM, code: 'intended-deviation', display: 'Intended deviation from the protocol' },
    { system: CDS_OVERRIDE_SYSTEM, code: 'pharmacy-verified', display: 'Verified with pharmacy' },
  ].map((c) => Object.freeze(c)),
);

function summaryOf(code: string, message: string): string {
  const text = `${code}: ${message}`;
  return text.length <= SUMMARY_CHARS ? text : `${text.slice(0, SUMMARY_CHARS - 3)}...`;
}

function card(code: string, message: string, indicator: CdsCard['indicator'], override: boolean): CdsCard {
  return {
    summary: summaryOf(code, message),
    detail: message,
    indicator,
    source: { label: SOURCE_LABEL, topic: { system: CDS_TOPIC_SYSTEM, code } },
    ...(override ? { overrideReasons: CDS_OVERRIDE_REASONS } : {}),
  };
}

function checkCard(c: Check): CdsCard | undefined {
  if (c.passed) return undefined;
  if (c.severity === 'hard') return card(c.code, c.message, 'critical', false);
  if (c.severity === 'soft' && c.acknowledgement === undefined) return card(c.code, c.message, 'warning', true);
  const acknowledged = c.acknowledgement !== undefined ? ` Acknowledged: ${c.acknowledgement.reason}` : '';
  return card(c.code, `${c.message}${acknowledged}`, 'info', false);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The cards of a result read as plain data; refused when it is neither a plan result nor a refusal. */
function cardsOf(result: unknown): CdsCardsResult {
  if (isRecord(result) && result['ok'] === false && Array.isArray(result['issues']) && result['issues'].length > 0) {
    const issues = result['issues'] as unknown[];
    if (issues.every((i) => isRecord(i) && typeof i['code'] === 'string' && typeof i['message'] === 'string')) {
      return { ok: true, cards: (issues as Issue[]).map((i) => card(i.code, i.message, 'critical', false)) };
    }
  }
  if (isRecord(result) && result['ok'] === true && isRecord(result['plan']) && Array.isArray(result['plan']['checks'])) {
    const checks = result['plan']['checks'] as unknown[];
    if (checks.every((c) => isRecord(c) && typeof c['code'] === 'string' && typeof c['message'] === 'string' && typeof c['passed'] === 'boolean')) {
      return { ok: true, cards: (checks as Check[]).flatMap((c) => checkCard(c) ?? []) };
    }
  }
  return {
    ok: false,
    issues: [{ code: 'invalid_input', path: [], message: 'Pass the result of planInfusion: { ok: true, plan } or { ok: false, issues }.' }],
  };
}

/**
 * Maps a planner's result to CDS Hooks cards for an `order-sign` response.
 *
 * @param result - What `planInfusion` returned: `{ ok: true, plan, warnings }` or `{ ok: false, issues }`.
 * @returns `{ ok: true, cards }` (none when a plan has no failed check), or, never thrown, `{ ok: false,
 *   issues }` (`invalid_input`, the guard's codes, `internal_error`) for a value that is not such a result.
 * @example
 * ```ts
 * const r = toCdsHooksCards(planInfusion(request));
 * if (r.ok) response.end(JSON.stringify({ cards: r.cards }));
 * ```
 */
export function toCdsHooksCards(result: { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly issues: Issues }): CdsCardsResult {
  const out = guard((): CdsCardsResult => {
    const tooBig = checkBounds(result, PLAN_BOUNDS);
    if (tooBig) return { ok: false, issues: [tooBig] };
    const read = snapshot(result, PLAN_BOUNDS.nodes);
    return read.ok ? cardsOf(read.value) : read;
  });
  return frozenCopy(out);
}
