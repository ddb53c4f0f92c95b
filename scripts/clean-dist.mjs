// @ts-check
// Empties dist/ before a build. tsup runs the library, declaration and CLI builds at once, so none of
// them can clean without deleting another's output; and with one file per module, a module removed
// from src/ would otherwise leave its old file behind in the package.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

rmSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true, force: true });
