/**
 * Issue 12 item 2 at the command line: a file or stdin longer than INPUT_LIMITS.inputBytes is refused
 * as `too_large` (exit 2) before it is parsed; a file is refused by its size before it is read.
 * Runs the BUILT binary, as tests/cli/cli.test.ts does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/types/input-limits.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

beforeAll(() => {
  if (!existsSync(CLI)) {
    const b = spawnSync('npx', ['tsup', '--silent'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
}, 180_000);

/** A JSON request padded with spaces to `bytes` bytes: valid JSON, so only its size can refuse it. */
function padded(bytes: number): string {
  const request = JSON.stringify({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
  return request + ' '.repeat(bytes - request.length);
}

describe('the command line reads at most INPUT_LIMITS.inputBytes', () => {
  it('stdin one byte over the limit is too_large, exit 2; at the limit it plans', () => {
    const over = spawnSync(process.execPath, [CLI, 'plan', '--input', '-', '--json'], {
      cwd: ROOT,
      input: padded(INPUT_LIMITS.inputBytes + 1),
      encoding: 'utf8',
    });
    expect(over.status).toBe(2);
    expect(`${over.stdout}${over.stderr}`).toContain('too_large');
    const at = spawnSync(process.execPath, [CLI, 'plan', '--input', '-', '--json'], { cwd: ROOT, input: padded(INPUT_LIMITS.inputBytes), encoding: 'utf8' });
    expect(at.status).toBe(0);
  }, 60_000);

  it('a file one byte over the limit is too_large, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infusion-dose-limits-'));
    const file = join(dir, 'request.json');
    writeFileSync(file, padded(INPUT_LIMITS.inputBytes + 1));
    const r = spawnSync(process.execPath, [CLI, 'plan', '--input', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
    rmSync(dir, { recursive: true });
    expect(r.status).toBe(2);
    expect(`${r.stdout}${r.stderr}`).toContain('too_large');
  }, 60_000);
});
