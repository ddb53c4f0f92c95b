/** Standard input as a command reads it (`--input -`): chunks of bytes or text. */
export type Stdin = AsyncIterable<string | Uint8Array>;

/** Where a command writes: stdout for results, stderr for people (issues, progress); and where `-` reads from. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** `true` when stderr is a terminal (a progress bar is drawn only then). */
  readonly errIsTty: boolean;
  /** Standard input for `--input -` (the process's own when not given). */
  readonly stdin?: Stdin;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
  errIsTty: process.stderr.isTTY === true,
  // A getter: the process's stdin stream is made only when a command reads it.
  get stdin(): Stdin {
    return process.stdin;
  },
};

/** JSON for machines: two-space indent, newline-terminated. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
