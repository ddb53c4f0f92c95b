/**
 * The library as a JSON caller reaches it: every planning door with its input typed `unknown`.
 *
 * The public functions take typed requests (src/types/requests.ts), so a typed caller gets compile
 * errors for a misspelt field or unit. The door itself still reads any value at run time and refuses
 * what is not a request with coded issues; the tests that drive it with hostile, generated or
 * deliberately wrong input import from here, as a caller holding `JSON.parse` output would. The typed
 * surface is pinned by tests/types/requests.test-d.ts and the consumer project in tests/package.
 */
import * as api from '../../src/index.js';
import type { AdministrationResult, Catalogue, CombinationResult, CourseResult, HistoryFromFhirResult, NasalSprayResult, PlanResult } from '../../src/index.js';

export * from '../../src/index.js';

export const planInfusion = api.planInfusion as (input: unknown, catalogue?: Catalogue) => PlanResult;
export const planCombination = api.planCombination as (input: unknown, catalogue?: Catalogue) => CombinationResult;
export const planCourse = api.planCourse as (input: unknown, catalogue?: Catalogue) => CourseResult;
export const planNasalSpray = api.planNasalSpray as (input: unknown) => NasalSprayResult;
export const verifyAdministration = api.verifyAdministration as (input: unknown) => AdministrationResult;
export const historyFromFhir = api.historyFromFhir as (input: unknown) => HistoryFromFhirResult;

/** A calculator whose `planInfusion` takes any value, as {@link planInfusion} above. */
export type UntypedCalculator = Omit<api.Calculator, 'planInfusion'> & { planInfusion(input: unknown): PlanResult };
export const createCalculator = api.createCalculator as (
  catalogue: unknown,
) => { readonly ok: true; readonly calculator: UntypedCalculator } | { readonly ok: false; readonly issues: api.Issues };
