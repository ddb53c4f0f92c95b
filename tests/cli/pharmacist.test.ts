/**
 * Issue 13 item 4, the command line a pharmacist needs, run as a user runs it: the built binary
 * (`node dist/cli.js`) in a child process, checked by output and exit code. Expected numbers are
 * worked by hand from the protocols' cited doses (arithmetic in the comments).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const TMP = mkdtempSync(join(tmpdir(), 'infusion-dose-cli-'));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], stdin?: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input: stdin ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes a file in the test's temporary folder; returns its path. */
function file(name: string, text: string): string {
  const path = join(TMP, name);
  writeFileSync(path, text);
  return path;
}

/** Loose JSON to edit in a test: a copy of data, reached into by key. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data edited by hand, key by key
type Loose = Record<string, any>;

/** A copy of the built-in catalogue, changed by `edit`, written as JSON. */
function catalogueFile(name: string, edit: (c: Loose) => void): string {
  const c = JSON.parse(JSON.stringify(BUILTIN_CATALOGUE)) as Loose;
  edit(c);
  return file(name, JSON.stringify(c));
}

beforeAll(() => {
  if (!existsSync(CLI)) {
    const b = spawnSync('npx', ['tsup', '--silent'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
}, 240_000);

const SCHWARTZMAN = ['--protocol', 'ketamine-crps-schwartzman-2009', '--session', '1'];

describe('--catalogue FILE and catalogue validate', () => {
  const good = catalogueFile('st-elsewhere.json', (c) => {
    c['id'] = 'st-elsewhere';
    c['version'] = '2026.1';
  });
  // Two semantic problems: a protocol naming an agent that does not exist, and a protocol id used twice.
  const semantic = catalogueFile('semantic.json', (c) => {
    c['protocols'][0].agent = 'ketamin';
    c['protocols'][1].id = c['protocols'][2].id;
  });
  // Two schema problems: a misspelt key and a missing source.
  const schema = catalogueFile('schema.json', (c) => {
    c['agents'][0].nmae = 'x';
    delete c['protocols'][0].source;
  });

  it('plan, worksheet, sweep and course plan against the file given, and say so', () => {
    const plan = run(['plan', ...SCHWARTZMAN, '--weight', '82kg', '--catalogue', good]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('st-elsewhere');
    expect(run(['worksheet', ...SCHWARTZMAN, '--weight', '82kg', '--catalogue', good]).stdout).toContain('Catalogue: st-elsewhere version 2026.1');
    expect(run(['sweep', ...SCHWARTZMAN, '--from', '60', '--to', '60', '--step', '1', '--catalogue', good]).code).toBe(0);
    const course = run(['course', '--protocol', 'ketamine-clinic-course-2x3', '--start', '2026-01-05', '--catalogue', good]);
    expect(course.stdout).toContain('Catalogue: st-elsewhere version 2026.1');
  });

  it('a catalogue that fails validation stops every planning command with its codes, under catalogue.*', () => {
    for (const args of [
      ['plan', ...SCHWARTZMAN, '--weight', '82kg'],
      ['worksheet', ...SCHWARTZMAN, '--weight', '82kg'],
      ['sweep', ...SCHWARTZMAN, '--from', '60', '--to', '61', '--step', '1'],
      ['course', '--protocol', 'ketamine-clinic-course-2x3', '--start', '2026-01-05'],
      ['combination', '--input', 'examples/data/combination-ketamine-magnesium.json'],
      ['verify', '--input', 'examples/data/verify-lidocaine.json'],
    ]) {
      const r = run([...args, '--catalogue', semantic, '--json']);
      expect(r.code, args[0]).toBe(2);
      const out = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; path: (string | number)[] }[] };
      expect(out.ok).toBe(false);
      expect(out.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['duplicate_id catalogue.protocols', 'unknown_agent catalogue.protocols.0.agent']);
    }
  });

  it('catalogue validate lists every problem at once and exits 1; a valid file exits 0', () => {
    const ok = run(['catalogue', 'validate', good]);
    expect([ok.code, ok.stdout.trim()]).toEqual([0, `${good}: valid catalogue st-elsewhere version 2026.1 (11 agents, 24 protocols).`]);
    const sem = run(['catalogue', 'validate', semantic]);
    expect(sem.code).toBe(1);
    expect(sem.stdout).toContain('NOT a valid catalogue (2 problems)');
    expect(sem.stdout).toContain('duplicate_id at catalogue.protocols');
    expect(sem.stdout).toContain('unknown_agent at catalogue.protocols.0.agent');
    const shape = run(['catalogue', 'validate', schema, '--json']);
    expect(shape.code).toBe(1);
    const out = JSON.parse(shape.stdout) as { valid: boolean; issues: { code: string; path: (string | number)[]; message: string }[] };
    expect(out.valid).toBe(false);
    expect(out.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['unknown_key catalogue.agents.0.nmae', 'required catalogue.protocols.0.source']);
    expect(out.issues[0]?.message).toContain('Did you mean "name"?');
  });

  it('an unreadable or non-JSON catalogue file is bad input (exit 2), coded', () => {
    const missing = run(['catalogue', 'validate', join(TMP, 'no-such.json')]);
    expect([missing.code, missing.stderr.includes('input_unreadable')]).toEqual([2, true]);
    const notJson = run(['plan', ...SCHWARTZMAN, '--weight', '82kg', '--catalogue', file('bad.json', '{ agents: [')]);
    expect([notJson.code, notJson.stderr.includes('invalid_json')]).toEqual([2, true]);
  });

  it('catalogue --catalogue lists the institution file; verify --catalogue refuses an agent the catalogue lacks', () => {
    expect(run(['catalogue', '--catalogue', good]).stdout).toContain('Catalogue st-elsewhere version 2026.1');
    const request = JSON.parse(readFileSync(join(ROOT, 'examples/data/verify-lidocaine.json'), 'utf8')) as Loose;
    request['order'].agent = 'lidocaien';
    const r = run(['verify', '--input', file('typo.json', JSON.stringify(request)), '--catalogue', good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown_agent at order.agent');
    expect(r.stderr).toContain('Did you mean "lidocaine"?');
  });
});

describe('risks, pump range and --ack with --input', () => {
  it('--risk takes the closed set only, and offers the closest risks for a near miss', () => {
    const r = run(['plan', '--protocol', 'magnesium-crps-collins-2009', '--session', '1', '--weight', '100kg', '--risk', 'renal']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown_risk at patient.risks.0 (flag --risk)');
    expect(r.stderr).toContain('Did you mean "renal-impairment" or "severe-renal-impairment"?');
  });

  it('--risk renal-impairment brings the renal rule into force (magnesium 100 kg)', () => {
    const base = ['plan', '--protocol', 'magnesium-crps-collins-2009', '--session', '1', '--weight', '100kg'];
    expect(run(base).code).toBe(0);
    const r = run([...base, '--risk', 'renal-impairment', '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { plan: { patient: { risks?: string[] }; checks: { code: string; passed: boolean }[] } };
    expect(out.plan.checks.filter((c) => !c.passed).map((c) => c.code)).toContain('adjustment_for_renal_impairment');
  });

  it('--pump-min and --pump-max set the pump range: 25 mL/h is refused by a 20 mL/h pump and accepted by a 25 mL/h one', () => {
    // Schwartzman, 82 kg: 0.35 x 82 = 28.7 mg/h, capped at 25 mg/h; 100 mg in 100 mL over 4 h = 25 mL/h.
    const low = run(['plan', ...SCHWARTZMAN, '--weight', '82kg', '--pump-max', '20mL/h']);
    expect(low.code).toBe(2);
    expect(low.stderr).toContain('pump_rate_above_maximum at pump');
    expect(low.stderr).toContain('its maximum is 20 mL/h');
    const min = run(['plan', ...SCHWARTZMAN, '--weight', '82kg', '--pump-min', '30mL/h', '--json']);
    expect((JSON.parse(min.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(['pump_rate_below_minimum']);
    const fits = run(['plan', ...SCHWARTZMAN, '--weight', '82kg', '--pump-max', '25mL/h']);
    expect(fits.code).toBe(0);
    expect(fits.stdout).toContain('Pump range: 0.1 mL/h to 25 mL/h');
  });

  it('--ack is merged with --input: a 180 kg patient becomes ready; a code acknowledged twice is refused', () => {
    const request = { protocol: 'ketamine-crps-schwartzman-2009', session: 1, patient: { weight: { value: '180', unit: 'kg' } } };
    const plain = file('180.json', JSON.stringify(request));
    expect(run(['plan', '--input', plain]).code).toBe(1);
    const acked = run(['plan', '--input', plain, '--ack', 'weight_unusual:weighed twice on the clinic scale', '--json']);
    expect(acked.code).toBe(0);
    const out = JSON.parse(acked.stdout) as { plan: { status: string; acknowledgements: { code: string; reason: string }[] } };
    expect(out.plan.status).toBe('ready');
    expect(out.plan.acknowledgements).toEqual([{ code: 'weight_unusual', reason: 'weighed twice on the clinic scale' }]);

    const both = file('180-acked.json', JSON.stringify({ ...request, acknowledgements: [{ code: 'weight_unusual', reason: 'in the JSON' }] }));
    const twice = run(['plan', '--input', both, '--ack', 'weight_unusual:on the command line']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('duplicate_acknowledgement at acknowledgements.1');
    const repeated = run(['plan', '--input', plain, '--ack', 'weight_unusual:a', '--ack', 'weight_unusual:b']);
    expect([repeated.code, repeated.stderr.includes('duplicate_acknowledgement')]).toEqual([2, true]);
    // Request flags are still not mixed with --input.
    expect(run(['plan', '--input', plain, '--weight', '80kg']).stderr).toContain('input_and_flags');
  });
});

describe('did you mean', () => {
  it('a mistyped protocol id gets the closest ids, and the list of every id is printed nowhere', () => {
    const r = run(['plan', '--protocol', 'ketamine-crps-schwartz', '--weight', '82kg', '--session', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean "ketamine-crps-schwartzman-2009"?');
    // An id far from the typo is not listed (the old message named five ids twice).
    expect(r.stderr).not.toContain('pamidronate');
    expect(r.stderr.match(/ketamine-crps-schwartzman-2009/g)).toHaveLength(1);
    const far = run(['plan', '--protocol', 'zzzz', '--weight', '82kg', '--session', '1']);
    expect(far.stderr).not.toContain('Did you mean');
    expect(far.stderr).toContain('`infusion-dose catalogue` lists all 24');
  });

  it('a misspelt JSON key gets the keys allowed at that place', () => {
    const top = run(['plan', '--input', '-'], JSON.stringify({ patinet: {}, protocol: 'ketamine-crps-schwartzman-2009', session: 1 }));
    expect(top.stderr).toContain('unknown_key at patinet: "patinet" is not a field here; remove it or check its spelling. Did you mean "patient"?');
    const nested = run(
      ['plan', '--input', '-', '--json'],
      JSON.stringify({ patient: { wieght: { value: '82', unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 }),
    );
    const issue = (JSON.parse(nested.stdout) as { issues: { code: string; message: string }[] }).issues.find((i) => i.code === 'unknown_key');
    // "wieght" is two edits from "weight" (a swap) and from "height"; the closer comes first.
    expect(issue?.message).toContain('Did you mean "weight" or "height"?');
  });
});

describe('segment-aware headlines and the sweep columns', () => {
  const LIDOCAINE = ['--protocol', 'lidocaine-5mgkg-40min', '--height', '178cm', '--sex', 'male', '--session', '1'];

  it('the worksheet of a two-rate lidocaine plan headlines both segments', () => {
    // 5 mg/kg x 70 kg = 350 mg in 150 mL over 40 min: 300 mL/h x 10 min = 50 mL, then 100 mL at 200 mL/h = 30 min.
    const r = run(['worksheet', ...LIDOCAINE, '--weight', '70kg']);
    expect(r.stdout).toContain('  Program: 300 mL/h for 10 min, then 200 mL/h for 30 min');
    expect(r.stdout).toContain('  Rate of the last segment: 200 mL/h');
    expect(r.stdout).not.toMatch(/^ {2}Rate: 200 mL\/h/m);
  });

  it('the sweep gives the two-rate program and leaves the single pump_rate empty', () => {
    const r = run(['sweep', ...LIDOCAINE, '--from', '60', '--to', '60', '--step', '1']);
    const [header, row] = r.stdout.trimEnd().split('\n');
    const cells = Object.fromEntries((header ?? '').split(',').map((h, i) => [h, (row ?? '').match(/("[^"]*"|[^,]*)(,|$)/g)?.[i]?.replace(/,$/, '') ?? '']));
    // 5 mg/kg x 60 kg = 300 mg = 15 mL of 20 mg/mL.
    expect(cells['pump_rate_mL_per_h']).toBe('');
    expect(cells['pump_program']).toBe('"300 mL/h for 10 min, then 200 mL/h for 30 min"');
    expect([cells['product'], cells['strength_mg_per_mL'], cells['drawn_volume_mL'], cells['amount_in_bag_mg']]).toEqual([
      'lidocaine-20mg-ml',
      '20',
      '15',
      '300',
    ]);
  });

  it('the sweep shows the product and what the bag holds, which differs from the ordered dose (magnesium 88 kg)', () => {
    // 70 mg/kg x 88 kg = 6,160 mg = 6.16 g ordered; 6,160 / 500 mg/mL = 12.32 mL, measured to 0.1 mL = 12.3 mL,
    // which holds 12.3 x 500 = 6,150 mg = 6.15 g, from 2 x 10 mL vials.
    const r = run(['sweep', '--protocol', 'magnesium-crps-collins-2009', '--session', '1', '--from', '88', '--to', '88', '--step', '1', '--json']);
    const out = JSON.parse(r.stdout) as { units: Record<string, string>; rows: Record<string, string>[] };
    const row = out.rows[0] ?? {};
    expect([row['ordered_dose'], row['amount_in_bag'], out.units['amount_in_bag']]).toEqual(['6.16', '6.15', 'g']);
    expect([row['product'], row['strength'], out.units['strength'], row['containers'], row['container_volume']]).toEqual([
      'magnesium-sulfate-500mg-ml-10ml',
      '500',
      'mg/mL',
      '2',
      '10',
    ]);
  });
});

describe('verify, combination and nasal with their example files and schemas', () => {
  it('verify: the example file matches (1,000 mg in 100 mL at 4.2 mL/h is 0.6 mg/kg/h for 70 kg)', () => {
    // 1,000 mg / 100 mL = 10 mg/mL; 4.2 mL/h x 10 mg/mL = 42 mg/h; 42 / 70 kg = 0.6 mg/kg/h, as ordered.
    const r = run(['verify', '--input', 'examples/data/verify-lidocaine.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Status: MATCH');
    expect(r.stdout).toContain('Concentration in the bag: 10 mg/mL');
    expect(r.stdout).toContain('Delivered: 0.6 mg/kg/h (42 mg/h)');
  });

  it('schema verify (and verify-input) prints a schema whose keys are the ones verify accepts', () => {
    const a = run(['schema', 'verify']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(run(['schema', 'verify-input']).stdout);
    const schema = JSON.parse(a.stdout) as { properties: Record<string, { properties?: Record<string, unknown> }> };
    // The reader names the keys it allows when it refuses one: the schema must list the same keys.
    const allowed = (request: unknown, at: string): string[] => {
      const r = run(['verify', '--input', '-', '--json'], JSON.stringify(request));
      const issue = (JSON.parse(r.stdout) as { issues: { code: string; path: string[]; message: string }[] }).issues.find(
        (i) => i.code === 'unknown_key' && i.path.join('.') === at,
      );
      return (/allowed: ([^)]*)\)/.exec(issue?.message ?? '')?.[1] ?? '').split(', ').sort();
    };
    const example = JSON.parse(readFileSync(join(ROOT, 'examples/data/verify-lidocaine.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(allowed({ ...example, extra: 1 }, 'extra')).toEqual(Object.keys(schema.properties).sort());
    for (const part of ['bag', 'patient', 'order']) {
      expect(allowed({ ...example, [part]: { ...example[part], extra: 1 } }, `${part}.extra`), part).toEqual(
        Object.keys(schema.properties[part]?.properties ?? {}).sort(),
      );
    }
  });

  it('combination: ketamine with magnesium in one bag, text and JSON, ready once compatibility is acknowledged', () => {
    // Ketamine 0.3 mg/kg/h x 70 kg = 21 mg/h x 4 h = 84 mg = 0.84 mL of 100 mg/mL; magnesium 70 mg/kg x 70 kg
    // = 4,900 mg = 4.9 g = 9.8 mL of 500 mg/mL; 250 mL bag (volume withdrawn) over 4 h = 62.5 mL/h.
    const text = run(['combination', '--input', 'examples/data/combination-ketamine-magnesium.json']);
    expect(text.code).toBe(1);
    // The library's formatPlan: each additive with its volume to draw, the shared rate as the program.
    expect(text.stdout).toMatch(/Additive: Ketamine 100 mg\/mL[^\n]*\n {4}Volume to draw up: 0\.84 mL/);
    expect(text.stdout).toMatch(/Additive: Magnesium sulfate 50%[^\n]*\n {4}Volume to draw up: 9\.8 mL/);
    expect(text.stdout).toContain('Program: 62.5 mL/h for 240 min');
    expect(text.stdout).toContain('[SOFT] compatibility_unknown');
    expect(text.stderr).toContain('--ack compatibility_unknown:"<reason>"');
    const json = run([
      'combination',
      '--input',
      'examples/data/combination-ketamine-magnesium.json',
      '--ack',
      'compatibility_unknown:pharmacy confirmed',
      '--json',
    ]);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { ok: boolean; plan: { status: string; pump: { rate: unknown } } };
    expect([out.ok, out.plan.status, out.plan.pump.rate]).toEqual([true, 'ready', { value: '62.5', unit: 'mL/h' }]);
    expect(run(['schema', 'combination']).stdout).toContain('"components"');
  });

  it('nasal: 20 mg of 100 mg/mL at 0.1 mL a spray is 2 sprays; a 5 mL bottle less 5 priming sprays gives 22 doses', () => {
    // 100 mg/mL x 0.1 mL = 10 mg a spray; 20 / 10 = 2 sprays, one a nostril; 2 doses a day = 40 mg/day.
    // 5 mL - 5 x 0.1 mL priming = 4.5 mL = 45 sprays = 22 doses (1 spray left) = 11 days at 2 a day.
    const text = run(['nasal', '--input', 'examples/data/nasal-ketamine.json']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Each dose: 20 mg = 2 sprays');
    expect(text.stdout).toContain('Usable: 4.5 mL = 45 sprays');
    expect(text.stdout).toContain('Whole doses: 22 doses (440 mg); sprays left over: 1 spray');
    expect(text.stdout).toContain('Days of full dosing: 11 days');
    expect(text.stdout).toContain('Status: READY');
    const json = JSON.parse(run(['nasal', '--input', 'examples/data/nasal-ketamine.json', '--json']).stdout) as { spray: { spraysPerDose: unknown } };
    expect(json.spray.spraysPerDose).toEqual({ value: '2', unit: '{spray}' });
    const typo = run(
      ['nasal', '--input', '-'],
      JSON.stringify({ ...JSON.parse(readFileSync(join(ROOT, 'examples/data/nasal-ketamine.json'), 'utf8')), dosesPerDya: 2 }),
    );
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean "dosesPerDay"?');
    expect(run(['nasal']).stderr).toContain('input_required');
  });
});

describe('batch', () => {
  it('reads BOM, CRLF and quoted commas; writes one worksheet per row and summary.csv', () => {
    // B1 holds "64,5" in quotes: one field, refused as not a plain decimal, never shifted into the next column.
    // B3's acknowledgement reason holds a comma inside quotes.
    const csv =
      '\uFEFFid,protocol,weight_kg,session,acks\r\n' +
      'B1,ketamine-crps-schwartzman-2009,"64,5",1,\r\n' +
      'B2,"magnesium-crps-collins-2009",88,3,\r\n' +
      'B3,ketamine-crps-schwartzman-2009,180,1,"weight_unusual:weighed twice, on the ward scale"\r\n';
    const out = join(TMP, 'batch-out');
    const r = run(['batch', file('patients.csv', csv), '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['B1.txt', 'B2.txt', 'B3.txt', 'summary.csv']);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toBe(r.stdout);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('id,line,ok,status,protocol,weight,pump_program,amount_in_bag,findings,file');
    expect(rows[1]).toBe('B1,2,false,refused,,,,,not_plain_decimal,B1.txt');
    // 70 mg/kg x 88 kg = 6.16 g ordered, 12.3 mL of 500 mg/mL drawn = 6.15 g in the bag; 100 mL over 4 h = 25 mL/h.
    expect(rows[2]).toBe('B2,3,true,ready,magnesium-crps-collins-2009,88 kg,25 mL/h for 240 min,magnesium-sulfate 6.15 g,,B2.txt');
    // 180 kg: 0.35 x 180 = 63 mg/h, capped at 25 mg/h = 100 mg; acknowledged, so ready.
    expect(rows[3]).toBe('B3,4,true,ready,ketamine-crps-schwartzman-2009,180 kg,25 mL/h for 240 min,ketamine 100 mg,weight_unusual,B3.txt');
    expect(readFileSync(join(out, 'B1.txt'), 'utf8')).toMatch(/^NO WORKSHEET: row B1/);
    const b2 = readFileSync(join(out, 'B2.txt'), 'utf8');
    expect(b2).toContain('INFUSION COMPOUNDING WORKSHEET');
    expect(b2).toContain('Draw up 12.3 mL of Magnesium sulfate 50%');
    expect(readFileSync(join(out, 'B3.txt'), 'utf8')).toContain('weight_unusual: weighed twice, on the ward scale');
  });

  it('exits 0 when every row is ready, with --json', () => {
    const r = run([
      'batch',
      file('ready.csv', 'id,protocol,weight_kg,session\nR1,ketamine-crps-schwartzman-2009,82,1\n'),
      '--out',
      join(TMP, 'ready'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { rows: { id: string; ok: boolean; status: string }[] }).rows.map((x) => [x.id, x.ok, x.status])).toEqual([
      ['R1', true, 'ready'],
    ]);
  });

  it('refuses a malformed CSV with line numbers (exit 2) and writes nothing', () => {
    const out = join(TMP, 'never');
    const unclosed = run(['batch', file('unclosed.csv', 'id,protocol,weight_kg,session\nA,"ketamine-crps-schwartzman-2009,82,1\n'), '--out', out]);
    expect([unclosed.code, unclosed.stderr.includes('csv_unclosed_quote at line.2')]).toEqual([2, true]);
    const count = run(['batch', file('count.csv', 'id,protocol,weight_kg,session\r\nA,ketamine-crps-schwartzman-2009,64,5,1\r\n'), '--out', out]);
    expect([count.code, count.stderr.includes('csv_field_count at line.2')]).toEqual([2, true]);
    const stray = run(['batch', file('stray.csv', 'id,protocol,weight_kg,session\nA,keta"mine,82,1\n'), '--out', out]);
    expect([stray.code, stray.stderr.includes('csv_stray_quote at line.2')]).toEqual([2, true]);
    const column = run(['batch', file('column.csv', 'id,protocl,wieght_kg,session\nA,x,82,1\n'), '--out', out]);
    expect(column.code).toBe(2);
    expect(column.stderr).toContain('"protocl" is not a column batch reads. Did you mean "protocol"?');
    expect(column.stderr).toContain('Did you mean "weight_kg" or "weight_lb"?');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses row ids that cannot name a file, or name one twice', () => {
    const r = run([
      'batch',
      file(
        'ids.csv',
        'id,protocol,weight_kg,session\n../x,ketamine-crps-schwartzman-2009,82,1\nA,ketamine-crps-schwartzman-2009,82,1\na,ketamine-crps-schwartzman-2009,82,1\n',
      ),
      '--out',
      join(TMP, 'ids'),
    ]);
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').slice(0, 4).concat(l.split(',').slice(-2))),
    ).toEqual([
      ['../x', '2', 'false', 'refused', 'invalid_row_id', ''],
      ['A', '3', 'true', 'ready', '', 'A.txt'],
      ['a', '4', 'false', 'refused', 'duplicate_row_id', ''],
    ]);
    expect(readdirSync(join(TMP, 'ids')).sort()).toEqual(['A.txt', 'summary.csv']);
  });
});
