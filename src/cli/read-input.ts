/**
 * Reads a JSON request from a file or from stdin (`-`). Unreadable files and malformed JSON are
 * input errors with codes, never stack traces.
 */
import { readFile, stat } from 'node:fs/promises';
import { INPUT_LIMITS } from '../types/input-limits.js';
import { InputError, cliIssue } from './issues.js';
import { duplicateKeyPaths } from './json-keys.js';
import type { Stdin } from './io.js';

function tooLarge(label: string): InputError {
  return new InputError([cliIssue('too_large', [], `${label} is longer than ${INPUT_LIMITS.inputBytes} bytes, the most the command line reads.`)]);
}

/** Standard input, refused as soon as it passes the byte limit (nothing past it is kept). */
async function readStdin(stdin: Stdin): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    bytes += b.length;
    if (bytes > INPUT_LIMITS.inputBytes) throw tooLarge('standard input');
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A file, refused by its size before it is read. */
async function readFileBounded(path: string): Promise<string> {
  if ((await stat(path)).size > INPUT_LIMITS.inputBytes) throw tooLarge(path);
  return readFile(path, 'utf8');
}

/**
 * Reads a text file, or stdin (`-`), bounded by the command line's byte limit.
 *
 * @param source - A file path, or `-` for standard input.
 * @param kind - What the file should be, for the message (e.g. `JSON`, `CSV`).
 * @param stdin - Where `-` reads from (the process's standard input when not given).
 * @throws {InputError} `input_unreadable` or `too_large`.
 */
export async function readTextInput(source: string, kind: string, stdin?: Stdin): Promise<string> {
  const label = source === '-' ? 'standard input' : source;
  try {
    return source === '-' ? await readStdin(stdin ?? process.stdin) : await readFileBounded(source);
  } catch (e: unknown) {
    if (e instanceof InputError) throw e;
    const reason = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : 'unknown error';
    throw new InputError([
      cliIssue(
        'input_unreadable',
        [],
        `Cannot read ${label} (${reason}): give the path of a ${kind} file, or - to read it from standard input.`,
        JSON.stringify(source),
      ),
    ]);
  }
}

/**
 * Reads and parses the JSON at `source` (`-` for stdin).
 *
 * @param source - A file path, or `-` for standard input.
 * @param stdin - Where `-` reads from (the process's standard input when not given).
 * @returns The parsed JSON value (still untrusted: the library parses it at its door).
 * @throws {InputError} `input_unreadable`, `input_empty` or `invalid_json`.
 */
export async function readJsonInput(source: string, stdin?: Stdin): Promise<unknown> {
  const label = source === '-' ? 'standard input' : source;
  const text = await readTextInput(source, 'JSON', stdin);
  if (text.trim() === '') {
    throw new InputError([cliIssue('input_empty', [], `${label} is empty: give a JSON request object.`)]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e: unknown) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new InputError([cliIssue('invalid_json', [], `${label} is not valid JSON (${detail}): fix the JSON and run again.`)]);
  }
  // JSON.parse keeps the last of two equal keys; a request that says a value twice is refused instead.
  const duplicates = duplicateKeyPaths(text);
  if (duplicates.length > 0) {
    throw new InputError(
      duplicates
        .slice(0, 10)
        .map((p) =>
          cliIssue(
            'duplicate_key',
            p,
            `${label} gives "${String(p[p.length - 1])}" more than once in the same object; JSON keeps only the last, so give each key once.`,
          ),
        ),
    );
  }
  return value;
}
