/** Bounds shared by the input doors. */

/** The highest session number accepted: far beyond any course, so a larger one is a slip. */
export const MAX_SESSION = 1000;
