// @ts-check
// Renders docs/rules.md, the rules page: one row per rule of every table the planners run (id,
// phase, codes, severity, facts read, source), from the rule objects themselves. The tables are
// TypeScript, so the page is written by its staleness test, as the JSON Schemas are:
// `npm run docs:rules` runs tests/rules/rules-doc.test.ts with UPDATE_RULES_DOC=1; without it the
// test fails when docs/rules.md is not what the tables render.

/** How each planner's tables are introduced on the page. */
export const PLANNERS = Object.freeze({
  infusion:
    'planInfusion (and each component of a combination, and each session of a course with `infusion`): the phases run in this order, and the order of the rules is the order of `plan.checks`.',
  combination: "planCombination: each agent at the bag's shared rate, then the bag's own rules.",
  nasal: 'planNasalSpray.',
  course: 'planCourse.',
});

/** Above this many codes a rule passes on other rules' findings: the row names how many, not each. */
const LONG = 30;

/** A table cell: one line, pipes escaped. @param {string} text */
function cell(text) {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** @param {readonly string[]} codes */
function codeList(codes) {
  return codes.length > LONG ? `${codes.length} codes: those of the rules whose findings it passes on` : codes.map((c) => `\`${c}\``).join(', ');
}

/**
 * The severity column: one severity, or each severity with the codes that take it ("a or b" where the data decides).
 * @param {{ codes: readonly string[]; severity: string | Record<string, string | readonly string[]> }} rule
 */
function severityText(rule) {
  if (typeof rule.severity === 'string') return rule.severity;
  if (rule.codes.length > LONG) return "each finding's own rule's";
  /** @type {Map<string, string[]>} */
  const byLevel = new Map();
  for (const code of rule.codes) {
    const s = rule.severity[code];
    const level = s === undefined ? '?' : typeof s === 'string' ? s : s.join(' or ');
    byLevel.set(level, [...(byLevel.get(level) ?? []), code]);
  }
  if (byLevel.size === 1) return [...byLevel.keys()].join('');
  return [...byLevel].map(([level, codes]) => `${level}: ${codes.map((c) => `\`${c}\``).join(', ')}`).join('; ');
}

/**
 * The page, from the tables.
 * @param {readonly { planner: keyof typeof PLANNERS; phase: string; rules: readonly { id: string; codes: readonly string[]; severity: string | Record<string, string | readonly string[]>; reads: readonly string[]; source: string }[] }[]} tables
 * @returns {string}
 */
export function renderRulesDoc(tables) {
  const lines = [
    '# Rules',
    '',
    'Every safety rule the planners judge, as the rule objects declare themselves: the codes a finding of the rule can carry, their',
    "severity, the facts it reads and where its findings' cited source comes from. Generated from the rule tables",
    '(src/rules/table.ts, src/rules/param-rules.ts, src/nasal/rules.ts, src/course/checks.ts) by `npm run docs:rules`; do not edit by hand.',
    'What each code means and what to do about it: [codes.md](codes.md).',
    '',
    'Severities: `hard` refuses the plan (the refusal points at the input path the rule gives) and cannot be acknowledged; `soft`',
    'needs an acknowledgement with a reason; `info` is a note. "hard or soft" is decided by the data (a limit\'s own severity).',
  ];
  /** @type {string | undefined} */
  let planner;
  for (const table of tables) {
    if (table.planner !== planner) {
      planner = table.planner;
      lines.push(
        '',
        `## ${planner}`,
        '',
        PLANNERS[table.planner],
        '',
        '| Rule | Phase | Codes | Severity | Reads | Source |',
        '| --- | --- | --- | --- | --- | --- |',
      );
    }
    for (const rule of table.rules) {
      const reads = rule.reads.map((r) => `\`${r}\``).join(', ');
      lines.push(`| \`${rule.id}\` | ${table.phase} | ${cell(codeList(rule.codes))} | ${cell(severityText(rule))} | ${cell(reads)} | ${cell(rule.source)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
