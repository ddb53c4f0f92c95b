// @ts-check
// Lint for infusion-dose: STYLE.md "Small pieces" (functions up to about 60 lines) and "Naming"
// (closed sets are `as const` unions, no `enum` or `namespace`), enforced on src/; tests/ get the same
// hygiene rules without the size limits. typescript-eslint's recommended set (syntax only, not the
// type-checked one: see the commit that added this file).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Longest function allowed in src/, counted without blank lines and comments (STYLE.md "Small pieces"). */
export const MAX_FUNCTION_LINES = 60;

/**
 * Highest cyclomatic complexity allowed for a function in src/. 15 rather than ESLint's default 20: a
 * function with more than 15 paths is a decision table written as code, which the style wants as one
 * function per decision (titration) or one rule per check (rules/). Every
 * function in src/ is at 15 or under: no file has its limits relaxed (tests/architecture/lint-limits.test.ts).
 */
export const MAX_COMPLEXITY = 15;

/**
 * The size rules for src/ at the given limits.
 * @param {number} lines
 * @param {number} complexity
 * @returns {import('eslint').Linter.RulesRecord}
 */
export function sizeRules(lines, complexity) {
  return {
    'max-lines-per-function': ['error', { max: lines, skipBlankLines: true, skipComments: true }],
    complexity: ['error', { max: complexity }],
  };
}

/**
 * Rules for src/ and tests/ alike.
 * @type {import('eslint').Linter.RulesRecord}
 */
const hygiene = {
  '@typescript-eslint/no-explicit-any': 'error',
  // `_name` marks a deliberately unused binding; `const { dropped: _, ...rest } = x` is how tests omit a key.
  '@typescript-eslint/no-unused-vars': [
    'error',
    {
      args: 'after-used',
      argsIgnorePattern: '^_',
      varsIgnorePattern: '^_',
      caughtErrorsIgnorePattern: '^_',
      destructuredArrayIgnorePattern: '^_',
      ignoreRestSiblings: true,
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: 'TSEnumDeclaration',
      message: 'No TypeScript enum: write the closed set as an `as const` array and derive the union (STYLE.md "Naming").',
    },
    {
      selector: 'TSModuleDeclaration[kind="namespace"], TSModuleDeclaration[kind="module"][id.type="Identifier"]',
      message: 'No TypeScript namespace: one concept per file, exported from the folder index (STYLE.md "Naming").',
    },
  ],
};

export default defineConfig(
  {
    name: 'infusion-dose/ignores',
    // bench/baseline/pre-redesign-planner.js is a generated bundle of the planner from before the redesign: the bench's baseline.
    ignores: ['dist/', 'docs/', 'schemas/', 'reports/', 'coverage/', '.stryker-tmp/', 'bench/baseline/pre-redesign-planner.js'],
  },
  {
    name: 'infusion-dose/typescript',
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: hygiene,
  },
  {
    name: 'infusion-dose/src-size',
    files: ['src/**/*.ts'],
    rules: sizeRules(MAX_FUNCTION_LINES, MAX_COMPLEXITY),
  },
);
