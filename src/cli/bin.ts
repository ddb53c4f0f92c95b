/**
 * The `infusion-dose` binary (built as dist/cli.js): the process's arguments, streams and exit code
 * wired to {@link main}, which does the work in-process.
 */
import { main } from './main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // A closed pipe (`| head`) is the reader's choice, not an error.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
