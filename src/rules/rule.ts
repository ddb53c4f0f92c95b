/**
 * The rule as data: what every safety rule of every path (infusion, combination, course, nasal
 * spray) declares about itself, and the one evaluator that runs a phase's rules over its facts.
 * A rule names the closed list of codes it can emit, their severity, where in the input a refusal
 * by it points, which facts it reads and where its findings' source comes from; its `evaluate`
 * judges and explains (each finding carries its source and message).
 */
import type { Severity } from '../catalogue/types.js';
import type { CheckCode } from '../types/codes.js';
import type { Check } from '../types/plan.js';

/** Where in the input a refusal points, e.g. `['patient', 'weight', 'value']`. */
export type InputPath = readonly (string | number)[];

/** A fact a rule reads: a field of its phase's facts, or a field within one (`p.limitsInForce`). */
export type FactName<F> = (keyof F & string) | `${keyof F & string}.${string}`;

/** The severity of one code: fixed, or one of several when the data decides (a limit's own severity). */
export type CodeSeverity = Severity | readonly Severity[];

/** One rule: its codes, their severity, its refusal path, the facts it reads, its source, and how it judges. */
export interface Rule<F, C extends CheckCode = CheckCode, K extends Check = Check> {
  readonly id: string;
  /** Every code a finding of this rule can carry. */
  readonly codes: readonly C[];
  /** One severity for every code, or the severity of each code. */
  readonly severity: Severity | { readonly [K in C]?: CodeSeverity };
  /** Where a refusal by one of its findings points in the input. */
  readonly path: (facts: F, finding: K) => InputPath;
  /** The facts it reads, for the rules page. */
  readonly reads: readonly FactName<F>[];
  /** Where its findings' cited source comes from, in words, for the rules page. */
  readonly source: string;
  /** Judges the facts: each finding with its code, severity, observed value, limit, source and message. */
  readonly evaluate: (facts: F) => readonly K[];
}

/** A rule as written: the severity map must name exactly the rule's codes. */
export interface RuleSpec<F, C extends CheckCode, K extends Check = Check> extends Omit<Rule<F, C, K>, 'severity'> {
  readonly severity: Severity | { readonly [K in C]: CodeSeverity };
}

/**
 * Writes the rules of one phase: `const rule = rulesOf<PatientPhase>()`, then `rule({ ... })` for
 * each, so the facts type is fixed once and each rule's codes are inferred and checked against its
 * severity map.
 */
/* @__NO_SIDE_EFFECTS__ */
export function rulesOf<F, K extends Check = Check>(): <const C extends CheckCode>(spec: RuleSpec<F, C, K>) => Rule<F, CheckCode, K> {
  return (spec) => spec;
}

/** A path that does not depend on the finding. */
/* @__NO_SIDE_EFFECTS__ */
export function at(...path: readonly (string | number)[]): () => InputPath {
  return () => path;
}

/** The severities a finding with `code` may have under `rule` (none when the rule cannot emit the code). */
export function severitiesOf(rule: Pick<Rule<never>, 'codes' | 'severity'>, code: CheckCode): readonly Severity[] {
  if (!rule.codes.includes(code)) return [];
  if (typeof rule.severity === 'string') return [rule.severity];
  const s = rule.severity[code];
  return s === undefined ? [] : typeof s === 'string' ? [s] : s;
}

/** The input path of each failed hard finding a judgement returned, by finding. */
export type RefusalPaths = Map<Check, InputPath>;

/**
 * The one evaluator: each rule of a phase on its facts, in table order. The path of each failed
 * hard finding (a refusal) is recorded in `paths`, from the rule that returned it.
 */
export function judge<F, K extends Check = Check>(rules: readonly Rule<F, CheckCode, K>[], facts: F, paths: RefusalPaths): K[] {
  const checks: K[] = [];
  for (const rule of rules) {
    for (const c of rule.evaluate(facts)) {
      checks.push(c);
      if (c.severity === 'hard' && !c.passed) paths.set(c, rule.path(facts, c));
    }
  }
  return checks;
}

/**
 * The refusals among judged findings: each failed hard finding with the path its rule gave. A failed
 * hard finding that no rule judged is a bug in the caller, so it throws.
 */
export function refusalsOf<K extends Check>(checks: readonly K[], paths: RefusalPaths): (K & { readonly path: InputPath })[] {
  return checks
    .filter((c) => c.severity === 'hard' && !c.passed)
    .map((c) => {
      const path = paths.get(c);
      if (path === undefined) throw new Error(`the hard finding ${c.code} (${c.rule}) was not judged by a rule`);
      return { ...c, path };
    });
}
