/** `infusion-dose schema <name>`: prints a JSON Schema shipped in the package's schemas/ folder. */
import { readFile } from 'node:fs/promises';
import { EXIT } from './issues.js';
import type { Io } from './io.js';
import { refuse } from './refuse.js';

/** The schemas the package ships, by the name the command takes. */
export const SCHEMA_NAMES = [
  'catalogue',
  'protocol',
  'agent',
  'plan-input',
  'course-input',
  'combination-input',
  'nasal-input',
  'verify-input',
  'history-entry-input',
  'plan-output',
  'combination-output',
  'nasal-output',
  'plan-result',
  'combination-result',
  'nasal-result',
  'course-result',
  'verify-result',
  'check-plan-result',
] as const;

/**
 * Runs `schema`. The file is read from `schemas/` next to the installed package: the built
 * `dist/cli.js` sits in `dist/`, one folder below the package root.
 *
 * @returns 0, or 2 for an unknown name.
 */
export async function runSchema(typed: string, flags: { readonly json?: boolean }, io: Io): Promise<number> {
  // A request schema may be named by its command alone: `schema verify` is `schema verify-input`.
  const name = (SCHEMA_NAMES as readonly string[]).includes(`${typed}-input`) ? `${typed}-input` : typed;
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    return refuse(
      io,
      'schema',
      [
        {
          code: 'unknown_schema',
          path: ['name'],
          message: `No schema "${typed}": use one of ${SCHEMA_NAMES.join(', ')} (or a command name: plan, course, combination, nasal, verify).`,
          expected: SCHEMA_NAMES.join(', '),
          received: JSON.stringify(typed),
        },
      ],
      flags.json === true,
      false,
    );
  }
  const text = await readFile(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8');
  io.out(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT.ok;
}
