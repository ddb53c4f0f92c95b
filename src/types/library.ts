/**
 * The library's name and version, recorded in every plan so that a stored plan says what made it.
 * Kept equal to package.json by a test (tests/types/library.test.ts); a release bumps both.
 */

/** The library that made a plan. */
export interface LibraryVersion {
  readonly name: 'infusion-dose';
  /** The package version (semver). */
  readonly version: string;
}

/** This build's name and version. */
export const LIBRARY: LibraryVersion = Object.freeze({ name: 'infusion-dose', version: '0.1.0' });
