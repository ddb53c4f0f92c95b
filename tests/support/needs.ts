/**
 * What a test that needs something outside the repository's sources (Chromium, the build) does when
 * it is missing (issue 16 item 4: no silent skip): under CI it fails, so a green CI run means the test
 * ran; on a developer's machine without it, it is skipped.
 */

/** `run`: present; `skip`: missing outside CI; `fail`: missing under CI. */
export type WhenMissing = 'run' | 'skip' | 'fail';

/**
 * Whether the environment is a CI run: `CI` set to anything but empty, `0` or `false` (GitHub
 * Actions, GitLab and `.ci/run` set `CI=true`).
 */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const v = env['CI']?.trim().toLowerCase();
  return v !== undefined && v !== '' && v !== '0' && v !== 'false';
}

/** What to do with a test that needs something, given whether it is present and the environment. */
export function whenMissing(present: boolean, env: Readonly<Record<string, string | undefined>>): WhenMissing {
  if (present) return 'run';
  return isCi(env) ? 'fail' : 'skip';
}

/** For `it.skipIf` / `describe.skipIf`: true only when the thing is missing outside CI. */
export function skipUnless(present: boolean, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return whenMissing(present, env) === 'skip';
}
