/** Where a command writes: stdout for results, stderr for people (issues, progress). */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** `true` when stderr is a terminal (a progress bar is drawn only then). */
  readonly errIsTty: boolean;
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
};

/** JSON for machines: two-space indent, newline-terminated. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
