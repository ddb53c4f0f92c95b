/**
 * The command line, run as a user runs it: the BUILT binary (`node dist/cli.js`) in a child
 * process, checked by its output and exit code. `npm test` builds first; when dist/cli.js is
 * missing (a bare `vitest run`), it is built here once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], stdin?: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input: stdin ?? '', encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) {
    const b = spawnSync('npx', ['tsup', '--silent'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
}, 180_000);

const SCHWARTZMAN = ['--protocol', 'ketamine-crps-schwartzman-2009', '--session', '1'];
const ADULT = ['--weight', '82kg', '--height', '178cm', '--sex', 'male', '--age', '46'];

/** No stack trace ever reaches a user for bad input. */
function expectNoStack(r: Run): void {
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

const WRONG_FIELD = {
  bag: { ingredients: [{ agent: 'lidocaine', amount: { value: 1000, unit: 'mg' } }], finalVolume: { value: 100, unit: 'mL' } },
  pumpRate: { value: 41.7, unit: 'mL/h' },
  patient: { weight: { value: 70, unit: 'kg' } },
  order: { agent: 'lidocaine', doseRate: { value: 41.7, unit: 'mg/h' } },
};
const MATCH = { ...WRONG_FIELD, pumpRate: { value: 4.17, unit: 'mL/h' } };

describe('the binary', () => {
  it('has a shebang and prints help and version with exit 0', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['plan', 'course', 'verify', 'sweep', 'worksheet', 'catalogue', 'schema']) expect(help.stdout).toContain(c);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('refuses an unknown command or option with exit 2 and a code', () => {
    const cmd = run(['frobnicate']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('unknown_command');
    expect(cmd.stderr).toContain('infusion-dose --help');
    const opt = run(['plan', '--bogus']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain('unknown_option');
    expectNoStack(opt);
  });
});

describe('plan', () => {
  it('prints a ready plan as text (exit 0)', () => {
    const r = run(['plan', ...SCHWARTZMAN, ...ADULT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Status: READY');
    expect(r.stdout).toContain('Rate to set: 25 mL/h');
    expect(r.stderr).toBe('');
  });

  it('prints the plan result as JSON with --json', () => {
    const r = run(['plan', ...SCHWARTZMAN, ...ADULT, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; plan: { status: string; pump: { rate: unknown } } };
    expect(out.ok).toBe(true);
    expect(out.plan.status).toBe('ready');
    expect(out.plan.pump.rate).toEqual({ value: '25', unit: 'mL/h' });
  });

  it('reads pounds exactly', () => {
    const r = run(['plan', ...SCHWARTZMAN, '--weight', '180lb', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { plan: { patient: { weight: unknown } } }).plan.patient.weight).toEqual({ value: '81.646627', unit: 'kg' });
  });

  it('exits 1 for a plan that needs acknowledgement, and 0 once acknowledged', () => {
    const r = run(['plan', ...SCHWARTZMAN, '--weight', '30kg']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('NEEDS ACKNOWLEDGEMENT');
    expect(r.stderr).toContain('--ack weight_unusual:');
    const json = run(['plan', ...SCHWARTZMAN, '--weight', '30kg', '--json']);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { plan: { status: string } }).plan.status).toBe('needs-acknowledgement');
    const acked = run(['plan', ...SCHWARTZMAN, '--weight', '30kg', '--ack', 'weight_unusual:weighed twice today', '--json']);
    expect(acked.code).toBe(0);
    expect((JSON.parse(acked.stdout) as { plan: { acknowledgements: unknown } }).plan.acknowledgements).toEqual([
      { code: 'weight_unusual', reason: 'weighed twice today' },
    ]);
  });

  it('refuses bad input with exit 2, the code, the flag to fix, and no stack trace', () => {
    const cases: readonly [readonly string[], string, string][] = [
      [['--weight', '1e3kg'], 'invalid_quantity', '--weight'],
      [['--weight', '0x52kg'], 'invalid_quantity', '--weight'],
      [['--weight', '82stone'], 'unknown_unit', '--weight'],
      [['--weight', '8kg'], 'weight_implausible', '--weight'],
      [['--weight', '82kg', '--ack', 'weight_unusual'], 'invalid_acknowledgement', '--ack'],
    ];
    for (const [flags, code, flag] of cases) {
      const r = run(['plan', ...SCHWARTZMAN, ...flags]);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr).toContain(code);
      expect(r.stderr).toContain(`flag ${flag}`);
      expect(r.stderr).toContain('Fix');
      expect(r.stdout).toBe('');
      expectNoStack(r);
    }
    const missing = run(['plan', '--protocol', 'ketamine-crps-schwartzman-2009', '--weight', '82kg']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/required at session \(flag --session\)/);
  });

  it('prints the issues as JSON on stdout with --json', () => {
    const r = run(['plan', ...SCHWARTZMAN, '--weight', '8kg', '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string }[] };
    expect(out.ok).toBe(false);
    expect(out.issues.map((i) => i.code)).toContain('weight_implausible');
  });

  it('reads a JSON request from stdin and from a file', () => {
    const request = {
      patient: { weight: { value: '82', unit: 'kg' } },
      protocol: 'ketamine-crps-schwartzman-2009',
      session: 1,
    };
    const stdin = run(['plan', '--input', '-', '--json'], JSON.stringify(request));
    expect(stdin.code).toBe(0);
    expect((JSON.parse(stdin.stdout) as { plan: { pump: { rate: unknown } } }).plan.pump.rate).toEqual({ value: '25', unit: 'mL/h' });
    const dir = mkdtempSync(join(tmpdir(), 'infusion-dose-cli-'));
    const file = join(dir, 'request.json');
    writeFileSync(file, JSON.stringify(request));
    const fromFile = run(['plan', '--input', file]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain('Status: READY');
  });

  it('refuses malformed JSON, unknown keys, a missing file, and --input mixed with flags', () => {
    const bad = run(['plan', '--input', '-'], '{ "patient": ');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid_json');
    const unknownKey = run(
      ['plan', '--input', '-', '--json'],
      JSON.stringify({ patient: { weight: { value: 82, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1, extra: 1 }),
    );
    expect(unknownKey.code).toBe(2);
    expect((JSON.parse(unknownKey.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code)).toContain('unknown_key');
    const missing = run(['plan', '--input', join(tmpdir(), 'no-such-request.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('input_unreadable');
    const mixed = run(['plan', '--input', '-', '--weight', '82kg'], '{}');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('input_and_flags');
    for (const r of [bad, unknownKey, missing, mixed]) expectNoStack(r);
  });
});

describe('course', () => {
  it('lists the dated sessions from flags (exit 0)', () => {
    const r = run(['course', '--protocol', 'ketamine-clinic-course-2x3', '--start', '2026-01-05']);
    expect(r.code).toBe(0);
    for (const d of ['2026-01-05', '2026-01-08', '2026-01-12', '2026-01-15', '2026-01-19', '2026-01-22']) expect(r.stdout).toContain(d);
    expect(r.stdout).toContain('Status: OK');
  });

  it('reads a JSON request from stdin and prints JSON', () => {
    const r = run(['course', '--input', '-', '--json'], JSON.stringify({ protocol: 'ketamine-clinic-course-2x3', startDate: '2026-01-05' }));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; course: { sessions: { date: string }[] } };
    expect(out.course.sessions.map((s) => s.date)).toHaveLength(6);
  });

  it('refuses an impossible date with exit 2', () => {
    const r = run(['course', '--protocol', 'ketamine-clinic-course-2x3', '--start', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid_date');
    expect(r.stderr).toContain('flag --start');
  });
});

describe('verify', () => {
  it('exits 0 for a match', () => {
    const r = run(['verify', '--input', '-'], JSON.stringify(MATCH));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Status: MATCH');
  });

  it('exits 1 for a stop, naming the wrong-field and tenfold findings', () => {
    const r = run(['verify', '--input', '-', '--json'], JSON.stringify(WRONG_FIELD));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { result: { status: string; findings: { code: string }[] } };
    expect(out.result.status).toBe('stop');
    expect(out.result.findings.map((f) => f.code)).toEqual(['wrong_field', 'tenfold_high']);
    const text = run(['verify', '--input', '-'], JSON.stringify(WRONG_FIELD));
    expect(text.stdout).toContain('STOP');
  });

  it('exits 2 for bad input and when no input is given', () => {
    const r = run(['verify', '--input', '-'], JSON.stringify({ ...MATCH, pumpRate: { value: 'NaN', unit: 'mL/h' } }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not_a_number|not_plain_decimal/);
    const none = run(['verify']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('input_required');
  });
});

describe('sweep', () => {
  it('writes a CSV header and one row per exact weight step, values as plain decimals', () => {
    const r = run(['sweep', ...SCHWARTZMAN, '--from', '60', '--to', '61', '--step', '0.25']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(''); // no progress bar: stderr is not a terminal
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'weight_kg,ok,status,dosing_weight_kg,dose_rate_mg_per_h,ordered_dose_mg,amount_in_bag_mg,product,strength_mg_per_mL,containers,container_volume_mL,' +
        'drawn_volume_mL,final_volume_mL,concentration_mg_per_mL,pump_rate_mL_per_h,pump_program,duration_min,findings',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['60', '60.25', '60.5', '60.75', '61']);
    // 0.35 mg/kg/h x 60 kg = 21 mg/h (under the 25 mg/h cap) x 4 h = 84 mg ordered; 84 / 100 mg/mL = 0.84 mL
    // from one 5 mL vial, so the bag holds 84 mg; 100 mL bag: 0.84 mg/mL; 100 mL / 4 h = 25 mL/h for 240 min.
    expect(lines[1]).toBe('60,true,ready,60,21,84,84,ketamine-100mg-ml-5ml,100,1,5,0.84,100,0.84,25,25 mL/h for 240 min,240,');
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      expect(cells).toHaveLength(18);
      for (const cell of [cells[0], ...cells.slice(3, 7), ...cells.slice(8, 15)]) expect(cell).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  it('exits 1 when a row needs attention, and names the finding', () => {
    const r = run(['sweep', ...SCHWARTZMAN, '--from', '20', '--to', '30', '--step', '5']);
    expect(r.code).toBe(1);
    const rows = r.stdout.trimEnd().split('\n').slice(1);
    expect(rows[0]).toBe('20,false,refused,,,,,,,,,,,,,,,weight_implausible');
    expect(rows[2]).toMatch(/^30,true,needs-acknowledgement,.*,weight_unusual$/);
  });

  it('refuses bad ranges and request errors with exit 2', () => {
    const step = run(['sweep', ...SCHWARTZMAN, '--from', '40', '--to', '50', '--step', '0']);
    expect(step.code).toBe(2);
    expect(step.stderr).toContain('invalid_step');
    const exp = run(['sweep', ...SCHWARTZMAN, '--from', '4e1', '--to', '50', '--step', '1']);
    expect(exp.code).toBe(2);
    expect(exp.stderr).toContain('not_plain_decimal');
    const session = run(['sweep', '--protocol', 'ketamine-crps-schwartzman-2009', '--from', '40', '--to', '50', '--step', '1']);
    expect(session.code).toBe(2);
    expect(session.stderr).toContain('required');
    expect(session.stdout).toBe('');
    const weight = run(['sweep', ...SCHWARTZMAN, '--weight', '80kg', '--from', '40', '--to', '50', '--step', '1']);
    expect(weight.code).toBe(2);
    expect(weight.stderr).toContain('unknown_option');
  });
});

describe('worksheet', () => {
  it('prints a compounding worksheet with sign-off lines (exit 0)', () => {
    const r = run(['worksheet', ...SCHWARTZMAN, ...ADULT]);
    expect(r.code).toBe(0);
    for (const s of [
      'INFUSION COMPOUNDING WORKSHEET',
      'ketamine-crps-schwartzman-2009 version 1.0.0',
      'Catalogue: infusion-dose/builtin version',
      'Weight: 82 kg',
      'Draw up 2 mL of Ketamine 50 mg/mL, 10 mL vial',
      'Withdraw and discard 2 mL of diluent',
      'Final concentration of ketamine: 1 mg/mL',
      'Rate: 25 mL/h',
      'Volume to be infused (VTBI): 100 mL',
      'CHECKS AND FINDINGS',
      'ACKNOWLEDGEMENTS',
      'Prepared by ____',
      'Checked by (second checker) ____',
      'Date/time ____',
    ]) {
      expect(r.stdout).toContain(s);
    }
  });

  it('marks a plan that needs acknowledgement (exit 1) and shows acknowledgements given', () => {
    const r = run(['worksheet', ...SCHWARTZMAN, '--weight', '30kg']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('NOT READY');
    const acked = run(['worksheet', ...SCHWARTZMAN, '--weight', '30kg', '--ack', 'weight_unusual:weighed twice today']);
    expect(acked.code).toBe(0);
    expect(acked.stdout).toContain('weight_unusual: weighed twice today');
  });

  it('returns the worksheet text in JSON, and refuses bad input with exit 2', () => {
    const r = run(['worksheet', ...SCHWARTZMAN, ...ADULT, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { worksheet: string }).worksheet).toContain('Prepared by ____');
    const bad = run(['worksheet', ...SCHWARTZMAN, '--weight', '-82kg']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid_quantity');
  });
});

describe('catalogue', () => {
  it('lists agents and protocols with sources and evidence grades', () => {
    const r = run(['catalogue']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ketamine-crps-schwartzman-2009');
    expect(r.stdout).toContain('[RCT]');
    const json = JSON.parse(run(['catalogue', '--json']).stdout) as { protocols: { id: string; source: { grade: string } }[]; agents: unknown[] };
    expect(json.protocols.length).toBeGreaterThan(10);
    expect(json.agents.length).toBeGreaterThan(5);
    expect(json.protocols.every((p) => typeof p.source.grade === 'string')).toBe(true);
  });

  it('shows one protocol, or refuses an unknown id with exit 2', () => {
    const r = run(['catalogue', '--protocol', 'lidocaine-5mgkg-40min']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('total: 5 mg/kg');
    const json = JSON.parse(run(['catalogue', '--protocol', 'lidocaine-5mgkg-40min', '--json']).stdout) as { id: string };
    expect(json.id).toBe('lidocaine-5mgkg-40min');
    const bad = run(['catalogue', '--protocol', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown_protocol');
  });
});

describe('schema', () => {
  it('prints each shipped JSON Schema', () => {
    for (const name of ['catalogue', 'protocol', 'agent', 'plan-input']) {
      const r = run(['schema', name]);
      expect(r.code, name).toBe(0);
      expect((JSON.parse(r.stdout) as { $schema?: string }).$schema).toMatch(/json-schema/);
    }
  });

  it('refuses an unknown or missing name with exit 2', () => {
    const r = run(['schema', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown_schema');
    const missing = run(['schema']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing_argument');
  });
});
