/**
 * The dose step's rules, in two phases. As each of the regimen's parameters is resolved: a
 * clinician's rate against the label's maximum, the creatinine-clearance band, and a clinician's
 * dose above the titration engine's (a refusal here stops the plan before an ordered dose exists).
 * Once every parameter is resolved: each against the protocol's range and its usual value, and a
 * note when the protocol's own value is unverified.
 */
import type { Dec } from '../decimal/index.js';
import type { ClearanceBands } from '../catalogue/types.js';
import type { ExactBand } from '../prepare/exact.js';
import type { TitrationDecision } from '../catalogue/titration.js';
import { unverified } from '../checks/unverified.js';
import type { RegimenParam, ResolvedParam } from '../stages/dose.js';
import type { LabelRamp } from '../stages/features.js';
import { aboveTitrationCheck, clearanceBandCheck, labelMaximumCheck } from './dose-rules.js';
import { paramRangeChecks, tenfoldChecks } from './param-checks.js';
import { type Rule, at, rulesOf } from './rule.js';

/** What the rules on one regimen parameter read as the dose step resolves it (each absent when it does not apply). */
export interface ResolvedParamPhase {
  readonly name: RegimenParam;
  /** A clinician's rate where the product's label ramp sets the rate: the rate in mg/kg/h, and the ramp. */
  readonly labelRamp: { readonly rateMgKgH: Dec; readonly ramp: LabelRamp } | undefined;
  /** Where the protocol doses by creatinine clearance: its bands, the clearance in mL/min, and the band it falls in. */
  readonly clearance: { readonly bands: ClearanceBands; readonly crcl: Dec; readonly band: ExactBand | undefined } | undefined;
  /** A clinician's value where the titration engine gives this parameter's next dose: both in base units. */
  readonly titrated:
    | {
        readonly given: ResolvedParam;
        readonly titratedBase: Dec;
        readonly decision: TitrationDecision & { readonly dose: NonNullable<TitrationDecision['dose']> };
      }
    | undefined;
}

/** What the rules on one resolved parameter read. */
export interface ParamPhase {
  readonly param: ResolvedParam;
}

const resolvedRule = /* @__PURE__ */ rulesOf<ResolvedParamPhase>();
const paramRule = /* @__PURE__ */ rulesOf<ParamPhase>();

/** The rules judged as each regimen parameter is resolved, in the order the plan shows their findings. */
export const RESOLVED_PARAM_RULES: readonly Rule<ResolvedParamPhase>[] = [
  /* @__PURE__ */ resolvedRule({
    id: 'product.ramp.max',
    codes: ['rate_above_label_maximum'],
    severity: 'hard',
    path: at('dose', 'rate'),
    reads: ['labelRamp'],
    source: "The product's label ramp source.",
    evaluate: ({ labelRamp: l }) => (l ? [labelMaximumCheck(l.rateMgKgH, l.ramp.ramp.max, l.ramp.product, l.ramp.product.ramp.source, l.ramp.atRisk)] : []),
  }),
  /* @__PURE__ */ resolvedRule({
    id: 'protocol.clearance-bands',
    codes: ['clearance_band'],
    severity: 'hard',
    path: at('patient', 'creatinine'),
    reads: ['clearance'],
    source: "The protocol's clearance-band source.",
    evaluate: ({ clearance: c }) => (c ? [clearanceBandCheck(c.bands, c.crcl, c.band)] : []),
  }),
  /* @__PURE__ */ resolvedRule({
    id: 'titration.above',
    codes: ['dose_above_titration'],
    severity: 'soft',
    path: (f) => ['dose', f.name],
    reads: ['titrated', 'name'],
    source: "The titration engine's decision (its rule's sources are in the plan's titration).",
    evaluate: ({ titrated: t }) => (t && t.given.base.gt(t.titratedBase) ? [aboveTitrationCheck(t.given.stated, t.decision)] : []),
  }),
];

/** The rules judged on each resolved parameter, in the order the plan shows their findings. */
export const PARAM_RULES: readonly Rule<ParamPhase>[] = [
  /* @__PURE__ */ paramRule({
    id: 'protocol.param.range',
    codes: [
      'rate_above_protocol_range',
      'rate_below_protocol_range',
      'rate_differs_from_protocol',
      'total_above_protocol_range',
      'total_below_protocol_range',
      'total_differs_from_protocol',
      'duration_above_protocol_range',
      'duration_below_protocol_range',
      'duration_differs_from_protocol',
    ],
    severity: 'soft',
    path: (f) => ['dose', f.param.name],
    reads: ['param'],
    source: "The protocol parameter's source.",
    evaluate: ({ param }) => paramRangeChecks(param),
  }),
  /* @__PURE__ */ paramRule({
    id: 'protocol.param.usual',
    codes: ['tenfold_dose', 'tenfold_low_dose', 'tenfold_short_duration', 'tenfold_long_duration'],
    severity: { tenfold_dose: 'hard', tenfold_short_duration: 'hard', tenfold_low_dose: 'soft', tenfold_long_duration: 'soft' },
    path: (f) => ['dose', f.param.name],
    reads: ['param.base', 'param.param.usual'],
    source: 'ISMP: no universal maximum dose; tenfold (decimal-slip) errors are a known hazard.',
    evaluate: ({ param }) => tenfoldChecks(param),
  }),
  /* @__PURE__ */ paramRule({
    id: 'protocol.param.unverified',
    codes: ['unverified_data'],
    severity: 'info',
    path: (f) => ['dose', f.param.name],
    reads: ['param.from', 'param.param.source'],
    source: "The protocol parameter's source.",
    evaluate: ({ param: r }) => {
      const note = r.from === 'protocol' ? unverified(`protocol.${r.name}`, `The protocol's ${r.name}`, r.param.source) : undefined;
      return note ? [note] : [];
    },
  }),
];
