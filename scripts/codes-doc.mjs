// @ts-check
// Writes docs/codes.md, the code reference page: one table per list of codes (code, severity, what it
// means, what to do), generated from CODE_REFERENCE (src/code-reference.ts) as the built package
// exports it. Needs `npm run build` first. tests/types/code-reference.test.ts renders the page from
// src with the same function and fails when docs/codes.md is stale.
// Run: npm run docs:codes
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The lists in page order: the key in CODE_REFERENCE, a heading, and where the codes appear. */
export const CODE_LISTS = Object.freeze([
  { key: 'checks', title: 'Rule findings', where: '`Check.code` on a plan, a combination, a course or a nasal-spray plan (`CHECK_CODES`, `CheckCode`)' },
  {
    key: 'inputIssues',
    title: 'Refusals of input',
    where: '`Issue.code` when a public function refuses its input or a catalogue (`INPUT_ISSUE_CODES`; a refusal by a hard rule carries the rule finding code)',
  },
  { key: 'checkPlan', title: 'checkPlan disagreements', where: '`PlanDisagreement.code` from `checkPlan` (`CHECK_PLAN_CODES`, `CheckPlanCode`)' },
  {
    key: 'administration',
    title: 'Administration findings',
    where: '`AdministrationFinding.code` from `verifyAdministration` (`ADMINISTRATION_FINDING_CODES`, `AdministrationFindingCode`)',
  },
  {
    key: 'titration',
    title: 'Titration rule ids',
    where: '`TitrationDecision.rule`: the branch of the titration engine that decided (`TITRATION_RULE_IDS`, `TitrationRuleId`)',
  },
]);

/** A table cell: one line, pipes escaped. @param {string} text */
function cell(text) {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/**
 * The page, from a code reference.
 * @param {Record<string, Record<string, { severity: string; meaning: string; action: string }>>} reference
 * @returns {string}
 */
export function renderCodesDoc(reference) {
  const lines = [
    '# Codes',
    '',
    'Every code infusion-dose returns, with its severity, what it means and what to do about it.',
    'Generated from `CODE_REFERENCE` (src/code-reference.ts) by `npm run docs:codes`; do not edit by hand.',
    '',
    'Severities: `hard` refuses the plan and cannot be acknowledged; `soft` needs an acknowledgement with a reason',
    '(`acknowledgements: [{ code, reason }]`) before the plan is ready; `info` is a note. A finding listed with',
    '"(passed when ...)" is also reported when it passes, with `passed: true`.',
  ];
  for (const list of CODE_LISTS) {
    const table = reference[list.key];
    if (table === undefined) throw new Error(`CODE_REFERENCE has no list ${list.key}`);
    lines.push('', `## ${list.title}`, '', `${list.where}.`, '', '| Code | Severity | Meaning | What to do |', '| --- | --- | --- | --- |');
    for (const [code, doc] of Object.entries(table)) {
      lines.push(`| \`${code}\` | ${cell(doc.severity)} | ${cell(doc.meaning)} | ${cell(doc.action)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Whether this file is being run (not imported by the test). */
function isMain() {
  return process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
}

if (isMain()) {
  const dist = new URL('../dist/index.js', import.meta.url);
  const { CODE_REFERENCE } = await import(dist.href);
  if (CODE_REFERENCE === undefined) {
    console.log('dist/index.js exports no CODE_REFERENCE: run `npm run build` first.');
    process.exit(1);
  }
  const out = fileURLToPath(new URL('../docs/codes.md', import.meta.url));
  mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
  writeFileSync(out, renderCodesDoc(CODE_REFERENCE));
  console.log(`wrote ${out}`);
}
