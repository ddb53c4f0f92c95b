// Keeps eslint.config.js's LONG_FUNCTION_BACKLOG honest: each entry's numbers must be exactly the longest and
// the most complex function in its file today, and a file under both limits must leave the list. Without
// this, a split function would leave its old, looser ceiling behind and the list would never shrink.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { LONG_FUNCTION_BACKLOG, MAX_COMPLEXITY, MAX_FUNCTION_LINES, sizeRules } from '../../eslint.config.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Measured {
  readonly lines: number;
  readonly complexity: number;
}

/** The longest function (lines, as the lint rule counts them) and the highest complexity in each file. */
async function measure(files: readonly string[]): Promise<Map<string, Measured>> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    // Limits of 0 make the two rules report every function with its size, which is what is read back here.
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: sizeRules(0, 0) }],
  });
  const results = await eslint.lintFiles([...files]);
  const measured = new Map<string, Measured>();
  for (const result of results) {
    let lines = 0;
    let complexity = 0;
    for (const message of result.messages) {
      const size = /too many lines \((\d+)\)/.exec(message.message);
      const paths = /complexity of (\d+)/.exec(message.message);
      if (message.ruleId === 'max-lines-per-function' && size?.[1] !== undefined) lines = Math.max(lines, Number(size[1]));
      else if (message.ruleId === 'complexity' && paths?.[1] !== undefined) complexity = Math.max(complexity, Number(paths[1]));
      else throw new Error(`unexpected lint message in ${result.filePath}: ${message.ruleId ?? 'fatal'} ${message.message}`);
    }
    measured.set(result.filePath.slice(root.length).replaceAll('\\', '/'), { lines, complexity });
  }
  return measured;
}

describe('LONG_FUNCTION_BACKLOG in eslint.config.js', () => {
  const files = LONG_FUNCTION_BACKLOG.map((entry) => entry.file);

  it('names each file once, and only files that exist', () => {
    expect(new Set(files).size).toBe(files.length);
    expect(files.filter((file) => !existsSync(`${root}${file}`))).toEqual([]);
  });

  it('holds each file at exactly its current maximum, and only files over a limit', async () => {
    const measured = await measure(files);
    const stale: string[] = [];
    for (const entry of LONG_FUNCTION_BACKLOG) {
      const now = measured.get(entry.file);
      if (now === undefined) throw new Error(`${entry.file} was not linted`);
      const lines = Math.max(MAX_FUNCTION_LINES, now.lines);
      const complexity = Math.max(MAX_COMPLEXITY, now.complexity);
      if (lines === MAX_FUNCTION_LINES && complexity === MAX_COMPLEXITY) {
        stale.push(`${entry.file}: every function is within the limits now; delete its entry`);
      } else if (lines !== entry.lines || complexity !== entry.complexity) {
        stale.push(`${entry.file}: set lines ${lines}, complexity ${complexity} (listed ${entry.lines}, ${entry.complexity})`);
      }
    }
    expect(stale).toEqual([]);
  });
});
