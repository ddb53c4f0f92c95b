/**
 * The behaviour the clinical-safety work changes on purpose, so that the differential against the
 * frozen planner keeps checking everything else. Two kinds of entry, each named after the item of
 * the change it belongs to:
 *
 * - `NEW_FIELDS`: keys the new planner adds to its output (removed, wherever they appear, before the
 *   new output is compared with the frozen one);
 * - `EXCUSES`: narrow predicates on a case (its input and both outputs as parsed JSON) that say a
 *   difference is the intended one. A case that differs and no excuse covers is a mismatch. The
 *   differential counts excused cases and requires most cases to be compared exactly.
 *
 * Every entry leaves with the frozen copy.
 */

/** One intended difference: the item it belongs to and when it applies. */
export interface Excuse {
  readonly item: string;
  readonly applies: (input: unknown, frozen: unknown, next: unknown) => boolean;
}

/** Output keys added by the new planner. */
export const NEW_FIELDS: readonly string[] = [];

/** Codes anywhere in a result (checks, warnings, issues, findings, nested results). */
export function codesIn(x: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(x)) for (const v of x) codesIn(v, into);
  else if (x !== null && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'code' && typeof v === 'string') into.add(v);
      else codesIn(v, into);
    }
  }
  return into;
}

/** An excuse that applies when the new result holds any of `codes` (new rules of an item). */
export const byNewCodes = (item: string, codes: readonly string[]): Excuse => ({
  item,
  applies: (_input, _frozen, next) => {
    const found = codesIn(next);
    return codes.some((c) => found.has(c));
  },
});

/** A verifyAdministration result as parsed JSON (only the fields the item 7 excuse reads). */
interface AdministrationJson {
  readonly ok: true;
  readonly result: { readonly ratio: string; readonly status: string; readonly findings: readonly Record<string, unknown>[] } & Record<string, unknown>;
}

const isAdministration = (x: unknown): x is AdministrationJson => {
  const r = (x as { ok?: unknown; result?: { findings?: unknown; ratio?: unknown } } | null)?.result;
  return (x as { ok?: unknown } | null)?.ok === true && Array.isArray(r?.findings) && typeof r?.ratio === 'string';
};

/**
 * Issue 11 item 7, verifyAdministration: a delivered dose at 2x or more (0.5x or less) of the order
 * is `dose_mismatch_large` (hard) where the frozen check said `dose_mismatch` (soft), and the tenfold
 * findings report the fold as measured (`factor` and message). Everything else must be equal: the
 * numbers, the other findings and their messages, and the status, which may only go from review to
 * stop when the ratio is 2 or more, or 0.5 or less.
 */
const administrationFold: Excuse = {
  item: 'issue 11 item 7: twofold errors are hard, the fold as measured',
  applies: (_input, frozen, next) => {
    if (!isAdministration(frozen) || !isAdministration(next)) return false;
    const ratio = Number(next.result.ratio);
    const large = ratio >= 2 || ratio <= 0.5;
    const reworded = new Set(['tenfold_high', 'tenfold_low', 'dose_mismatch_large']);
    const norm = (r: AdministrationJson, renamed: boolean) => ({
      ...r.result,
      status: large && renamed ? 'stop' : r.result.status,
      findings: r.result.findings.map((f) => {
        const code = renamed && large && f['code'] === 'dose_mismatch' ? 'dose_mismatch_large' : f['code'];
        return reworded.has(code as string) ? { code, severity: 'hard' } : f;
      }),
    });
    return JSON.stringify(norm(frozen, true)) === JSON.stringify(norm(next, false));
  },
};

export const EXCUSES: readonly Excuse[] = [administrationFold];

/** A copy of `x` without the keys in NEW_FIELDS. */
export function withoutNewFields(x: unknown): unknown {
  if (NEW_FIELDS.length === 0) return x;
  if (Array.isArray(x)) return x.map(withoutNewFields);
  if (x !== null && typeof x === 'object') {
    return Object.fromEntries(
      Object.entries(x)
        .filter(([k]) => !NEW_FIELDS.includes(k))
        .map(([k, v]) => [k, withoutNewFields(v)]),
    );
  }
  return x;
}

/** The item whose intended change explains a difference between the two outputs, if any. */
export function excuseFor(input: unknown, frozen: unknown, next: unknown): string | undefined {
  return EXCUSES.find((e) => e.applies(input, frozen, next))?.item;
}
