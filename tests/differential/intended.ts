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
export const NEW_FIELDS: readonly string[] = [
  // issue 11 item 1: the amount ordered beside the total the plan gives, and the vial sizes of a whole-vial dose
  'orderedDose',
  'vials',
  // issue 13 item 1: the findings sorted by what they ask of a person (see `withFrozenWarnings`)
  'notices',
  'needsAcknowledgement',
  // issue 13 item 1: the library name and version in every plan
  'library',
  // issue 14 item 4: a drawn product's (or a premix's) catalogue codes, NDC as the reference gives them
  'codes',
  // issue 13 item 2: each agent's display mass unit, from its catalogue record
  'displayUnit',
  // issue 14 item 3: toFhir's protocol and session-number extensions (the plan has no key of this name)
  'extension',
];

/** A rewording: text of the frozen output (`from`) the new planner says differently (`to`), as JSON string content. */
export interface Rewording {
  readonly item: string;
  readonly from: RegExp | string;
  readonly to: string;
  /** Which output the rewording applies to: the frozen output (old text made new) or the new (new text removed). */
  readonly side: 'frozen' | 'next';
}

export const REWORDINGS: readonly Rewording[] = [
  {
    item: 'issue 11 item 2: clonidine 750 mcg is counted per 24 h',
    from: 'May repeat to at most 750 mcg per 24 h; one session is counted as its 24 h until history is taken into account.',
    to: 'May repeat to at most 750 mcg per 24 h: this session plus every earlier clonidine session within 24 h.',
    side: 'frozen',
  },
  {
    item: 'issue 11 item 2: a windowed limit names the sessions it counted',
    from: / Counted with \d+ earlier session\(s\) in the [^:]*: [^."]*\.( The [^"]*? counts the session\(s\) on [^"]*? exactly\.)?/g,
    to: '',
    side: 'next',
  },
];

/** The JSON of one side's output with that side's rewordings applied, and its findings' drug amounts in mg ({@link findingsInMg}). */
export function reworded(json: string, side: Rewording['side']): string {
  let out = json;
  for (const r of REWORDINGS) if (r.side === side) out = typeof r.from === 'string' ? out.split(r.from).join(r.to) : out.replace(r.from, r.to);
  return out.startsWith('{') || out.startsWith('[') ? JSON.stringify(findingsInMg(JSON.parse(out))) : out;
}

/** Powers of ten from one unit of a mass atom to mg, as the library writes it in data (UCUM) or in text (`mcg`). */
const MG_PER: Readonly<Record<string, number>> = { g: 3, mg: 0, ug: -3, mcg: -3 };
/** The denominators of a drug amount: per kg, per time, per volume of solution (never `mg/dL`). */
const DRUG_DENOMINATORS = ['kg', 'min', 'h', 'd', 'mL', 'L'];
/** A drug amount in text (`0.6 mcg/kg/h`, `150 to 300 ug`), not part of a larger number. */
const AMOUNT_TEXT = /(?<![\w.,\-–])(\d+(?:\.\d+)?)(?:(\s*(?:-|–|to|and|or)\s*)(\d+(?:\.\d+)?))? (g|mg|ug|mcg)((?:\/(?:kg|min|h|d|mL|L))*)(?![\w/])/g;
/**
 * A plain decimal times 10^k, exactly, by moving the point in its digits (the test's own arithmetic, not
 * the library's, and no float rounding: 3269.267006775 mcg is 3.269267006775 mg to the last digit), with
 * leading and trailing zeros dropped so that both sides write one number one way.
 */
export function shiftPoint(value: string, k: number): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value);
  if (!m) return value;
  const [, sign = '', whole = '', frac = ''] = m;
  let digits = whole + frac;
  let point = whole.length + k;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const dec = digits.slice(point).replace(/0+$/, '');
  return `${sign}${int}${dec ? `.${dec}` : ''}`;
}
const inMg = (value: string, atom: string): string => shiftPoint(value, MG_PER[atom] as number);
const amountsInMg = (text: string): string =>
  text.replace(
    AMOUNT_TEXT,
    (_w, a: string, joint: string | undefined, b: string | undefined, atom: string, rest: string) =>
      `${inMg(a, atom)}${b === undefined ? '' : `${joint ?? ''}${inMg(b, atom)}`} mg${rest}`,
  );

/**
 * Issue 13 item 2 (plans in the display unit): a plan's findings and the planner's refusals state their
 * observed value, limit and message in the agent's display unit (mcg for dexmedetomidine and clonidine,
 * g for magnesium and IVIG) where the frozen planner wrote mg (and its messages the catalogue's own unit).
 * Both sides are compared with every finding's observed value and limit, and every drug amount a message
 * quotes, converted to mg by the test's own arithmetic (x 1000 for g, / 1000 for ug or mcg): they compare
 * equal only when the magnitude is the frozen one, so nothing but the unit may move. Serum creatinine
 * (`mg/dL`) and every other measure are left as they are; so is every other text (formatPlan, FHIR).
 */
export function findingsInMg(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(findingsInMg);
  if (x === null || typeof x !== 'object') return x;
  return Object.fromEntries(
    Object.entries(x).map(([k, v]) => {
      if (k === 'message' && typeof v === 'string') return [k, amountsInMg(v)];
      const qty = v as { value?: unknown; unit?: unknown } | null;
      if ((k === 'observed' || k === 'limit') && typeof qty?.value === 'string' && typeof qty.unit === 'string') {
        const [head = '', ...rest] = qty.unit.split('/');
        const drug = head !== 'mcg' && MG_PER[head] !== undefined && rest.every((r) => DRUG_DENOMINATORS.includes(r));
        return [k, drug ? { value: inMg(qty.value, head), unit: ['mg', ...rest].join('/') } : qty];
      }
      return [k, findingsInMg(v)];
    }),
  );
}

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

/** Whether `key` is a key anywhere in a result. */
function hasKey(x: unknown, key: string): boolean {
  if (Array.isArray(x)) return x.some((v) => hasKey(v, key));
  if (x !== null && typeof x === 'object') return Object.entries(x).some(([k, v]) => k === key || hasKey(v, key));
  return false;
}

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
    const refolded = new Set(['tenfold_high', 'tenfold_low', 'dose_mismatch_large']);
    const norm = (r: AdministrationJson, renamed: boolean) => ({
      ...r.result,
      status: large && renamed ? 'stop' : r.result.status,
      findings: r.result.findings.map((f) => {
        const code = renamed && large && f['code'] === 'dose_mismatch' ? 'dose_mismatch_large' : f['code'];
        return refolded.has(code as string) ? { code, severity: 'hard' } : f;
      }),
    });
    return JSON.stringify(norm(frozen, true)) === JSON.stringify(norm(next, false));
  },
};

const TENFOLD_CODES = ['tenfold_dose', 'tenfold_short_duration', 'tenfold_low_dose', 'tenfold_long_duration'] as const;

/** Issue codes of a refused result (none for a plan). */
const refusedCodes = (x: unknown): Set<string> => {
  // A case's output is the result itself or a record holding it as `r`.
  const wrapped = x !== null && typeof x === 'object' && 'r' in x ? (x as { r: unknown }).r : x;
  const r = wrapped as { ok?: boolean; issues?: readonly { code?: string }[] } | null;
  return new Set(r !== null && r?.ok === false ? (r.issues ?? []).map((i) => String(i.code)) : []);
};

/** Rule ids anywhere in a result. */
function rulesIn(x: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(x)) for (const v of x) rulesIn(v, into);
  else if (x !== null && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'rule' && typeof v === 'string') into.add(v);
      else rulesIn(v, into);
    }
  }
  return into;
}

/** RCH's own lidocaine limits, now held to the protocols they belong to. */
const RCH_SCOPED = {
  'lidocaine.session-dose.upper-hard': ['lidocaine-chronic-pain-rch', 'lidocaine-5mgkg-40min'],
  'lidocaine.session-dose-per-kg.upper-soft': ['lidocaine-chronic-pain-rch', 'lidocaine-5mgkg-40min'],
  'lidocaine.dose-rate-per-kg.upper-soft': ['lidocaine-chronic-pain-rch'],
} as const;

/**
 * Issue 14 item 4: toFhir writes a product's NDC codes in the contained Medication (a vial's on its
 * ingredient, a premix's on Medication.code). The case is excused only when removing exactly those
 * NDC Codings (and the new fields) from the new output gives the frozen output.
 */
const fhirProductCodings: Excuse = {
  item: 'issue 14 item 4: NDC codings on the contained Medication',
  applies: (_input, frozen, next) => {
    const NDC = 'http://hl7.org/fhir/sid/ndc';
    const strip = (concept: Record<string, unknown> | undefined): void => {
      const coding = concept?.['coding'];
      if (concept === undefined || !Array.isArray(coding) || !coding.every((c) => (c as { system?: unknown }).system === NDC)) return;
      delete concept['coding'];
    };
    const copy = JSON.parse(JSON.stringify(withoutNewFields(next))) as { fhir?: { contained?: Record<string, unknown>[] } } | null;
    const med = copy?.fhir?.contained?.[0];
    if (med === undefined) return false;
    strip(med['code'] as Record<string, unknown> | undefined);
    for (const i of (med['ingredient'] ?? []) as Record<string, unknown>[]) strip(i['itemCodeableConcept'] as Record<string, unknown> | undefined);
    return reworded(JSON.stringify(frozen), 'frozen') === reworded(JSON.stringify(copy), 'next');
  },
};

/** mg in one unit of a mass atom the library writes. */
const MG_IN: Readonly<Record<string, number>> = { g: 1000, mg: 1, ug: 0.001 };

/**
 * A FHIR request without its human text (`text`, `unit`), each UCUM mass Quantity in mg: what is left
 * is what a machine reads, which the display-unit change must not alter.
 */
function fhirMachineShape(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(fhirMachineShape);
  if (x === null || typeof x !== 'object') return x;
  const o = x as Record<string, unknown>;
  // Issue 14 item 4's NDC codings are their own change (see fhirProductCodings): left out here too.
  const ndcOnly = Array.isArray(o['coding']) && (o['coding'] as { system?: unknown }[]).every((c) => c.system === 'http://hl7.org/fhir/sid/ndc');
  if (ndcOnly) return fhirMachineShape(Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'coding')));
  const [head, ...rest] = typeof o['code'] === 'string' ? o['code'].split('/') : [];
  const factor = head !== undefined ? MG_IN[head] : undefined;
  const entries = Object.entries(o)
    .filter(([k]) => k !== 'text' && k !== 'unit')
    .map(([k, v]): [string, unknown] => {
      if (factor !== undefined && k === 'value' && typeof v === 'number') return [k, Number((v * factor).toPrecision(12))];
      if (factor !== undefined && k === 'code') return [k, ['mg', ...rest].join('/')];
      return [k, fhirMachineShape(v)];
    });
  return Object.fromEntries(entries);
}

/**
 * Issue 13 item 2: formatPlan's text and the FHIR text show each agent in its display unit at the
 * precision of the measure. Applies only when the plan, its checkPlan answer and the FHIR request as
 * a machine reads it (no human text, masses in mg) are the same as the frozen ones.
 */
const displayOnly: Excuse = {
  item: "issue 13 item 2: formatPlan and FHIR text in each agent's display unit and precision",
  applies: (_input, frozen, next) => {
    const shape = (x: unknown): unknown => {
      if (x === null || typeof x !== 'object' || !('text' in x)) return undefined;
      const { text: _text, fhir, ...rest } = x as Record<string, unknown>;
      return { ...rest, fhir: fhirMachineShape(fhir) };
    };
    const f = shape(frozen);
    const n = shape(withoutNewFields(next));
    return f !== undefined && n !== undefined && reworded(JSON.stringify(f), 'frozen') === reworded(JSON.stringify(n), 'next');
  },
};

export const EXCUSES: readonly Excuse[] = [
  displayOnly,
  administrationFold,
  fhirProductCodings,
  byNewCodes('issue 12 item 5: a pump rate rounded more than 5% from the order is a finding; twice or half is refused', [
    'pump_rounding_beyond_tolerance',
    'pump_rounding_far_from_order',
  ]),
  byNewCodes('issue 12 item 5: a pump segment that runs 0 min or infuses 0 mL is refused', ['pump_segment_empty']),
  byNewCodes('issue 12 item 5: no ideal or adjusted weight where Devine gives no adult weight', ['ideal_weight_not_valid']),
  byNewCodes('issue 12: serum creatinine has a hard plausibility range (0.1 to 30 mg/dL), checked wherever a creatinine is given', ['creatinine_implausible']),
  byNewCodes('issue 12 item 4: a premix refuses the diluent, volume, overfill and additive handling it cannot honour', ['not_applicable_to_premix']),
  byNewCodes('issue 11 item 4: a product the protocol does not list, or a bag size the diluent is not stocked in, is a finding', [
    'product_not_in_protocol',
    'container_volume_not_stocked',
  ]),
  // issue 11 item 1: whole-vial rounding chooses among the family's sizes (mixed), never silently:
  // its new findings, and any single plan of a whole-vial protocol (vial choice, totals, trace).
  byNewCodes('issue 11 item 1: whole-vial rounding judged against a tolerance', ['whole_vials_beyond_tolerance', 'whole_vials_far_from_order']),
  {
    // A bag made of whole vials carries `bag.additives[].vials`: only such plans are excused.
    item: 'issue 11 item 1: whole-vial plans choose among the family sizes and total what the bag holds',
    applies: (_input, _frozen, next) => hasKey(next, 'vials'),
  },
  {
    // The closest whole-vial amount can need more volume than the frozen planner's (which rounded the
    // bag down in silence, its total still the order): in the clinician's bag it may no longer fit.
    item: 'issue 11 item 1: the closest whole-vial amount does not fit the chosen bag',
    applies: (input, _frozen, next) => JSON.stringify(input).includes('"protocol":"ivig-') && codesIn(next).has('container_too_small'),
  },
  byNewCodes("issue 11 item 5: the label's dose adjustments and contraindications by age, renal or hepatic state", [
    'adjustment_for_age',
    'adjustment_for_hepatic_impairment',
    'adjustment_for_renal_impairment',
    'age_required_for_adjustment',
    'contraindicated_for_patient',
  ]),
  byNewCodes('issue 11 item 4: a fixed protocol value or bag volume changed by the clinician is judged against the protocol value', [
    'duration_differs_from_protocol',
    'total_differs_from_protocol',
    'rate_differs_from_protocol',
    'loading_differs_from_protocol',
    'container_volume_differs_from_protocol',
  ]),
  {
    // The frozen planner refused a value inside the protocol's own stated range as a tenfold slip;
    // the new one does not, so the case now goes on (to a plan or to another refusal).
    item: "issue 11 item 6: a value inside the protocol's own range is not a tenfold slip",
    applies: (_input, frozen, next) => {
      const before = refusedCodes(frozen);
      const after = refusedCodes(next);
      return TENFOLD_CODES.some((c) => before.has(c) && !after.has(c));
    },
  },
  {
    // The dexmedetomidine protocol's maintenance maximum was the label's 24 h, which its own 10-min
    // loading dose (and the pump's rounding) pushed past the agent's 24 h hard limit: now 23.5 h.
    item: "issue 11 item 6: dexmedetomidine's own duration range fits the label's 24 h",
    applies: (input, frozen) =>
      JSON.stringify(input).includes('"dexmedetomidine-procedural-label"') &&
      (rulesIn(frozen).has('protocol.duration.max') || JSON.stringify(frozen).includes('the clinician must supply one (at most 24 h)')),
  },
  {
    // The frozen planner judged every lidocaine plan by RCH's chronic-pain limits; the new one only
    // the protocols they belong to. A case is excused when the frozen output holds one of those
    // limits for a lidocaine protocol outside its scope.
    item: "issue 11 item 6: RCH's limits apply only to the protocols they belong to",
    applies: (input, frozen) => {
      const text = JSON.stringify(input);
      const rules = rulesIn(frozen);
      return Object.entries(RCH_SCOPED).some(
        ([rule, own]) =>
          rules.has(rule) &&
          ['lidocaine-perioperative-foo-2021', 'lidocaine-5mgkg-40min'].some((id) => !(own as readonly string[]).includes(id) && text.includes(`"${id}"`)),
      );
    },
  },
];

/** A copy of `x` without the keys in NEW_FIELDS. */
export function withoutNewFields(x: unknown): unknown {
  return stripNewFields(withFrozenWarnings(x));
}

/**
 * Issue 13 item 1: `warnings` holds only the failed soft findings, `notices` the failed info checks.
 * The frozen planner's `warnings` were every failed check in the plan's order; a result whose warnings
 * and notices together are exactly the plan's failed checks gets that list back (anything else is left
 * as it is and shows as a mismatch). A nasal spray result had no warnings at all.
 */
function withFrozenWarnings(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(withFrozenWarnings);
  if (x === null || typeof x !== 'object') return x;
  const r = x as Record<string, unknown>;
  const checks = ((r['plan'] ?? r['spray']) as { checks?: unknown } | undefined)?.checks;
  if (!Array.isArray(r['warnings']) || !Array.isArray(r['notices']) || !Array.isArray(checks)) {
    return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, withFrozenWarnings(v)]));
  }
  const failed = (checks as { passed?: unknown }[]).filter((c) => c.passed === false);
  const key = (c: unknown): string => JSON.stringify(c);
  const sorted = [...(r['warnings'] as unknown[]), ...(r['notices'] as unknown[])].map(key).sort();
  if (JSON.stringify(sorted) !== JSON.stringify(failed.map(key).sort())) return r;
  const { warnings: _w, ...rest } = r;
  return 'spray' in r ? rest : { ...rest, warnings: failed };
}

function stripNewFields(x: unknown): unknown {
  if (NEW_FIELDS.length === 0) return x;
  if (Array.isArray(x)) return x.map(stripNewFields);
  if (x !== null && typeof x === 'object') {
    return Object.fromEntries(
      Object.entries(x)
        .filter(([k]) => !NEW_FIELDS.includes(k))
        .map(([k, v]) => [k, stripNewFields(v)]),
    );
  }
  return x;
}

/** The item whose intended change explains a difference between the two outputs, if any. */
export function excuseFor(input: unknown, frozen: unknown, next: unknown): string | undefined {
  return EXCUSES.find((e) => e.applies(input, frozen, next))?.item;
}
