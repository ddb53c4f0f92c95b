/**
 * The `infusion-dose` command line. Node-only code lives in src/cli/; the library is used only
 * through its published entry point (`infusion-dose`), like any other consumer.
 *
 * Exit codes: 0 a ready plan or an `ok`/`match` result; 1 a result with findings that need
 * attention (a plan that needs acknowledgement, a verify `review` or `stop`, a failed course
 * check, a sweep or batch row that is not ready, a catalogue file that `catalogue validate` finds
 * invalid); 2 bad input, with its coded issues and what to fix;
 * 3 a bug in this tool (reported without a stack trace unless INFUSION_DOSE_DEBUG is set).
 *
 * This module does nothing when imported: {@link main} runs the command line in-process, writing
 * through the `Io` it is given and returning the exit code (tests call it so, and mutation testing
 * sees what they reach); ./bin.ts wires the process to it and is the built `dist/cli.js`.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { type CourseFlags, runCourse } from './course-command.js';
import { type CatalogueFlags, runCatalogue, runCatalogueValidate } from './catalogue-command.js';
import { EXIT, InputError, cliIssue } from './issues.js';
import { type Io, processIo } from './io.js';
import { runPlan } from './plan-command.js';
import { type RequestFileFlags, runCombination, runNasal } from './combination-command.js';
import { collect } from './flags.js';
import { type BatchFlags, runBatch } from './batch-command.js';
import { KNOWN_COLUMNS, RISKS_HELP } from './batch-columns.js';
import { type PlanFlags, addPlanFlags } from './plan-request.js';
import { refuse } from './refuse.js';
import { SCHEMA_NAMES, runSchema } from './schema-command.js';
import { type SweepFlags, runSweep } from './sweep-command.js';
import { type VerifyFlags, runVerify } from './verify-command.js';
import { runWorksheet } from './worksheet-command.js';

/** Commander's error codes, as the command line's issue codes. */
const COMMANDER_CODES: Readonly<Record<string, string>> = {
  'commander.unknownOption': 'unknown_option',
  'commander.unknownCommand': 'unknown_command',
  'commander.missingArgument': 'missing_argument',
  'commander.optionMissingArgument': 'missing_option_value',
  'commander.missingMandatoryOptionValue': 'missing_option',
  'commander.excessArguments': 'excess_arguments',
  'commander.invalidArgument': 'invalid_argument',
  'commander.conflictingOption': 'conflicting_options',
};

/** The installed package's version, from the package.json one folder above dist/. */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

const BATCH_HELP = `
Columns (header row; a quantity column names its unit after the field, "_per_" or "_" for "/"):
  ${KNOWN_COLUMNS.join(', ')}
  id is required and names the file; risks is ";"-separated (${RISKS_HELP});
  acks is ";"-separated code:reason; escort and ecg_on_file take yes or no. An empty cell leaves the field out.
Example:
  infusion-dose batch examples/data/patients.csv --out worksheets/
`;

/** The commands that read a file: `batch` (CSV), `combination` and `nasal` (JSON). */
function addFileCommands(program: Command, withJson: (cmd: Command) => Command, io: Io, setExit: (code: number) => void): void {
  withJson(program.command('batch').description('one worksheet per CSV row, written to --out DIR with a summary.csv'))
    .addArgument(new Command().createArgument('<file>', 'the CSV file (RFC 4180: quoted fields, CRLF and a BOM are read), or - for standard input'))
    .option('--out <dir>', 'the folder to write <id>.txt per row and summary.csv to')
    .option('--catalogue <file>', "plan against an institution's catalogue (JSON, validated first)")
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', BATCH_HELP)
    .action(async (file: string, flags: BatchFlags) => setExit(await runBatch(file, flags, io)));

  withJson(program.command('combination').description('plan several agents in one bag (JSON request; text, or --json)'))
    .option('--input <file>', 'the JSON request (e.g. examples/data/combination-ketamine-magnesium.json; `schema combination`), or - for standard input')
    .option('--catalogue <file>', "plan against an institution's catalogue (JSON, validated first)")
    .option('--ack <code:reason>', "acknowledge a soft finding, added to the request's own (repeatable)", collect)
    .option('--json', 'machine-readable JSON output')
    .action(async (flags: RequestFileFlags) => setExit(await runCombination(flags, io)));

  withJson(program.command('nasal').description('plan a compounded ketamine nasal spray (JSON request; text, or --json)'))
    .option('--input <file>', 'the JSON request (e.g. examples/data/nasal-ketamine.json; `schema nasal`), or - for standard input')
    .option('--ack <code:reason>', "acknowledge a soft finding, added to the request's own (repeatable)", collect)
    .option('--json', 'machine-readable JSON output')
    .action(async (flags: RequestFileFlags) => setExit(await runNasal(flags, io)));
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('infusion-dose')
    .description('Plans weight-based IV infusions: bag mix, dose rate, pump rate, volume, duration and safety checks.')
    .version(packageVersion())
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => undefined });

  const withJson = (cmd: Command): Command =>
    cmd.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => undefined });

  addPlanFlags(withJson(program.command('plan').description('plan one infusion session (text, or --json)'))).action(async (flags: PlanFlags) =>
    setExit(await runPlan(flags, io)),
  );

  withJson(program.command('course').description('plan the dated sessions of a course'))
    .option('--input <file>', 'read the JSON course request from a file, or - for standard input')
    .option('--protocol <id>', 'protocol id')
    .option('--start <YYYY-MM-DD>', 'date of the first session')
    .option('--skip-weekends', 'move a session that falls on a weekend to the Monday')
    .option('--catalogue <file>', "plan against an institution's catalogue (JSON, validated first)")
    .option('--json', 'machine-readable JSON output')
    .action(async (flags: CourseFlags) => setExit(await runCourse(flags, io)));

  withJson(program.command('verify').description('check a made-up bag and pump rate against the order'))
    .option('--input <file>', 'read the JSON request from a file (e.g. examples/data/verify-lidocaine.json; `schema verify-input`), or - for standard input')
    .option('--catalogue <file>', "check the agents named against an institution's catalogue (JSON, validated first)")
    .option('--json', 'machine-readable JSON output')
    .action(async (flags: VerifyFlags) => setExit(await runVerify(flags, io)));

  addPlanFlags(withJson(program.command('sweep').description('plan the same request at every weight, as CSV')), false)
    .option('--from <kg>', 'first weight in kg, e.g. 40')
    .option('--to <kg>', 'last weight in kg, e.g. 180')
    .option('--step <kg>', 'step in kg, e.g. 0.5')
    .action(async (flags: SweepFlags) => setExit(await runSweep(flags, io)));

  addPlanFlags(withJson(program.command('worksheet').description("a pharmacist's compounding worksheet from a plan request"))).action(
    async (flags: PlanFlags) => setExit(await runWorksheet(flags, io)),
  );

  addFileCommands(program, withJson, io, setExit);

  const catalogue = withJson(program.command('catalogue').description('list agents and protocols with sources and evidence grades'))
    .option('--protocol <id>', 'show one protocol in full')
    .option('--catalogue <file>', "list an institution's catalogue (JSON, validated first) instead of the built-in one")
    .option('--json', 'machine-readable JSON output')
    .action(async (flags: CatalogueFlags) => setExit(await runCatalogue(flags, io)));
  withJson(catalogue.command('validate').description("check an institution's catalogue file: every problem at once"))
    .addArgument(new Command().createArgument('<file>', 'the catalogue JSON file, or - for standard input'))
    .option('--json', 'machine-readable JSON output')
    // `--json` after the file is taken by the parent `catalogue` command too: read it from either.
    .action(async (file: string, _flags: unknown, cmd: Command) => setExit(await runCatalogueValidate(file, cmd.optsWithGlobals<{ json?: boolean }>(), io)));

  withJson(program.command('schema').description('print a JSON Schema'))
    .addArgument(new Command().createArgument('<name>', `one of: ${SCHEMA_NAMES.join(', ')}`))
    .addOption(new Option('--json', 'accepted for symmetry: the schema is JSON either way'))
    .action(async (name: string, flags: { json?: boolean }) => setExit(await runSchema(name, flags, io)));

  return program;
}

/**
 * Runs the command line.
 *
 * @param argv - Arguments after `node cli.js`.
 * @param io - Where to write.
 * @returns The exit code.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exit: number = EXIT.ok;
  const json = argv.includes('--json');
  const command = argv.find((a) => !a.startsWith('-')) ?? '';
  const program = buildProgram(io, (code) => {
    exit = code;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.badInput;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e: unknown) {
    if (e instanceof InputError) return refuse(io, command, e.issues, json, true);
    if (e instanceof CommanderError) return commanderExit(e, program, command, io, json);
    return internalError(e, io);
  }
}

/** Commander's error: help and version exit 0; anything else is bad input, with the help to run. */
function commanderExit(e: CommanderError, program: Command, command: string, io: Io, json: boolean): number {
  if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
  const code = COMMANDER_CODES[e.code] ?? 'invalid_command_line';
  const known = program.commands.some((c) => c.name() === command);
  const help = known ? `infusion-dose ${command} --help` : 'infusion-dose --help';
  const message = `${e.message.replace(/^error: /, '').replace(/\.$/, '')}. Run \`${help}\` for the ${known ? 'options' : 'commands'}.`;
  return refuse(io, known ? command : 'command line', [cliIssue(code, [], message)], json, false);
}

/** A bug in the tool: a short report (with the stack when INFUSION_DOSE_DEBUG is set), exit 3. */
function internalError(e: unknown, io: Io): number {
  const detail = e instanceof Error ? e.message : String(e);
  io.err(`infusion-dose: internal error (a bug in the tool, not in your input): ${detail}\nPlease report it with the command you ran.\n`);
  if (process.env['INFUSION_DOSE_DEBUG'] !== undefined && e instanceof Error) io.err(`${e.stack ?? ''}\n`);
  return EXIT.internal;
}
