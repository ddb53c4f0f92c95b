/**
 * The command line in-process: `main(argv, io)` from src/cli/main.ts, with the output captured
 * instead of written to the process's streams. These are the paths tests/cli checks on the built
 * binary in a child process, which mutation testing cannot see; here a mutant of src/cli is reached.
 * Standard input (`--input -`) is passed in as `io.stdin`; tests/cli still pipes it to the binary.
 */
import { describe, expect, it } from 'vitest';
import type { Io, Stdin } from '../../src/cli/io.js';
import { INPUT_LIMITS } from '../../src/types/input-limits.js';
import { main } from '../../src/cli/main.js';

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(argv: readonly string[], stdin?: Stdin): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    errIsTty: false,
    ...(stdin ? { stdin } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const SCHWARTZMAN = ['--protocol', 'ketamine-crps-schwartzman-2009', '--session', '1'];
const ADULT = ['--weight', '82kg', '--height', '178cm', '--sex', 'male', '--age', '46'];

describe('main, in-process', () => {
  it('prints help with exit 0, and the usage with exit 2 when given nothing', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['plan', 'course', 'verify', 'sweep', 'worksheet', 'catalogue', 'schema']) expect(help.stdout).toContain(c);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Usage: infusion-dose');
  });

  it('refuses an unknown command or option with exit 2, the code and the help to run', async () => {
    const cmd = await run(['frobnicate']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('unknown_command');
    expect(cmd.stderr).toContain('infusion-dose --help');
    const opt = await run(['plan', '--frobnicate']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain('unknown_option');
    expect(opt.stderr).toContain('infusion-dose plan --help');
  });

  it('prints a ready plan as text with exit 0: the 100 mL bag over 240 min runs at 100 / 4 h = 25 mL/h', async () => {
    const r = await run(['plan', ...SCHWARTZMAN, ...ADULT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Status: READY');
    expect(r.stdout).toContain('Rate to set: 25 mL/h');
    expect(r.stderr).toBe('');
  });

  it('prints the plan as JSON with --json, and reads pounds exactly', async () => {
    const r = await run(['plan', ...SCHWARTZMAN, ...ADULT, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; plan: { status: string; pump: { rate: unknown } } };
    expect([out.ok, out.plan.status, out.plan.pump.rate]).toEqual([true, 'ready', { value: '25', unit: 'mL/h' }]);
    // 180 lb x 0.45359237 kg/lb = 81.6466266 kg -> 81.646627 kg (6 places, half-up).
    const lb = await run(['plan', ...SCHWARTZMAN, '--weight', '180lb', '--json']);
    expect((JSON.parse(lb.stdout) as { plan: { patient: { weight: unknown } } }).plan.patient.weight).toEqual({ value: '81.646627', unit: 'kg' });
  });

  it('exits 1 for a plan that needs acknowledgement, naming the flag, and 0 once acknowledged', async () => {
    const r = await run(['plan', ...SCHWARTZMAN, '--weight', '30kg']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('NEEDS ACKNOWLEDGEMENT');
    expect(r.stderr).toContain('--ack weight_unusual:');
    const acked = await run(['plan', ...SCHWARTZMAN, '--weight', '30kg', '--ack', 'weight_unusual:weighed twice today', '--json']);
    expect(acked.code).toBe(0);
    expect((JSON.parse(acked.stdout) as { plan: { acknowledgements: unknown } }).plan.acknowledgements).toEqual([
      { code: 'weight_unusual', reason: 'weighed twice today' },
    ]);
  });

  it('refuses a bad weight with exit 2 and the coded issue, as text and as JSON', async () => {
    const text = await run(['plan', ...SCHWARTZMAN, '--weight', '-5kg']);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('flag --weight');
    const json = await run(['plan', ...SCHWARTZMAN, '--weight', '900kg', '--json']);
    expect(json.code).toBe(2);
    expect((JSON.parse(json.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code)).toContain('weight_implausible');
  });

  it('refuses a missing input file with exit 2 and input_unreadable', async () => {
    const r = await run(['verify', '--input', '/nonexistent/verify.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('input_unreadable');
  });

  it('lists the dated sessions of a course from flags, and refuses a date that does not exist', async () => {
    // Two sessions a week for three weeks from Monday 2026-01-05: Mondays and Thursdays.
    const r = await run(['course', '--protocol', 'ketamine-clinic-course-2x3', '--start', '2026-01-05']);
    expect(r.code).toBe(0);
    for (const d of ['2026-01-05', '2026-01-08', '2026-01-12', '2026-01-15', '2026-01-19', '2026-01-22']) expect(r.stdout).toContain(d);
    const bad = await run(['course', '--protocol', 'ketamine-clinic-course-2x3', '--start', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid_date');
  });

  it('prints the catalogue', async () => {
    // (`schema` reads the JSON Schemas shipped beside dist/cli.js: tests/cli runs it on the binary.)
    const catalogue = await run(['catalogue', '--json']);
    expect(catalogue.code).toBe(0);
    expect(catalogue.stdout).toContain('ketamine-crps-schwartzman-2009');
  });
});

/** Standard input made of these chunks, as a pipe delivers them. */
async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  for (const p of parts) yield p;
}

describe('main, reading standard input (--input -)', () => {
  const request = {
    patient: { weight: { value: 82, unit: 'kg' } },
    protocol: 'ketamine-crps-schwartzman-2009',
    session: 1,
  };

  it('plans a request piped in pieces, text and bytes: 0.35 mg/kg/h x 82 kg = 28.7 mg/h, capped at 25 mg/h', async () => {
    const text = JSON.stringify(request);
    const half = Math.floor(text.length / 2);
    const r = await run(['plan', '--input', '-', '--json'], chunks(text.slice(0, half), new TextEncoder().encode(text.slice(half))));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; plan: { agents: { doseRate: unknown }[] } };
    expect(out.ok).toBe(true);
    expect(out.plan.agents[0]?.doseRate).toEqual({ value: '25', unit: 'mg/h' });
  });

  it('refuses empty input, input that is not JSON, and input past the byte limit, each with its code and exit 2', async () => {
    const empty = await run(['plan', '--input', '-'], chunks('  \n'));
    expect([empty.code, empty.stderr.includes('input_empty')]).toEqual([2, true]);
    const notJson = await run(['plan', '--input', '-'], chunks('{"patient": '));
    expect([notJson.code, notJson.stderr.includes('invalid_json')]).toEqual([2, true]);
    // One chunk a byte past the limit: refused as soon as it is read.
    const big = await run(['verify', '--input', '-'], chunks(new Uint8Array(INPUT_LIMITS.inputBytes + 1)));
    expect([big.code, big.stderr.includes('too_large'), big.stderr.includes('standard input')]).toEqual([2, true, true]);
  });

  it('reads a combination request from standard input too', async () => {
    const r = await run(['combination', '--input', '-', '--json'], chunks('[]'));
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('"ok": false');
  });
});
