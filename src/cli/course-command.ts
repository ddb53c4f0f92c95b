/** `infusion-dose course`: the dated sessions of a course. */
import type { CourseRequest } from '../types/requests.js';
import { type CourseResult, formatQuantity, planCourse } from 'infusion-dose';
import { InputError, cliIssue } from './issues.js';
import { EXIT } from './issues.js';
import { type Io, toJson } from './io.js';
import { loadCatalogue } from './catalogue-file.js';
import { readJsonInput } from './read-input.js';
import { refuse } from './refuse.js';

/** Flags of `course`. */
export interface CourseFlags {
  readonly input?: string;
  readonly protocol?: string;
  readonly start?: string;
  readonly skipWeekends?: boolean;
  readonly catalogue?: string;
  readonly json?: boolean;
}

type Course = Extract<CourseResult, { ok: true }>['course'];

function q(x: { readonly value: string; readonly unit: string }): string {
  const r = formatQuantity(x);
  return r.ok ? r.text : `${x.value} ${x.unit}`;
}

/** Failed course checks that need a person's attention (soft or hard; info is a note). */
function attention(course: Course): readonly Course['checks'][number][] {
  return course.checks.filter((c) => !c.passed && c.severity !== 'info');
}

function renderCourse(course: Course): string {
  const lines = [
    `Course: ${course.protocol} (pattern ${course.pattern.kind}, from the ${course.patternFrom})`,
    `Catalogue: ${course.catalogue.id} version ${course.catalogue.version}`,
    `Minimum interval between sessions: ${course.minIntervalHours} h`,
  ];
  if (course.sessionsGiven.length > 0) lines.push(`Sessions already given: ${course.sessionsGiven.join(', ')}`);
  lines.push('', 'Sessions');
  for (const s of course.sessions) {
    lines.push(
      `  ${String(s.number).padStart(3)}  ${s.date}  ${s.weekday}${s.phase !== undefined ? `  phase ${s.phase + 1}` : ''}${s.movedFrom !== undefined ? `  (moved from ${s.movedFrom})` : ''}${s.monthEndClamped === true ? '  (last day of the month)' : ''}`,
    );
  }
  if (course.totals !== undefined) {
    lines.push('', 'Doses');
    for (const t of course.totals.perSession) lines.push(`  ${String(t.number).padStart(3)}  ${t.date}  ${q(t.dose)}  ${t.status}`);
    lines.push(`  Course total: ${q(course.totals.course)}`);
  }
  lines.push('', 'Checks');
  for (const c of course.checks) lines.push(`  [${c.passed ? 'PASS' : c.severity.toUpperCase()}] ${c.code}: ${c.message}`);
  const open = attention(course);
  lines.push('', open.length === 0 ? 'Status: OK' : `Status: NEEDS ATTENTION (${open.map((c) => c.code).join(', ')})`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `course`.
 *
 * @returns 0 when every soft or hard check passes, 1 when one fails, 2 for refused input.
 */
export async function runCourse(flags: CourseFlags, io: Io): Promise<number> {
  const catalogue = await loadCatalogue(flags.catalogue);
  let request: unknown;
  const fromFlags = flags.input === undefined;
  if (flags.input !== undefined) {
    const mixed = [
      flags.protocol !== undefined ? '--protocol' : '',
      flags.start !== undefined ? '--start' : '',
      flags.skipWeekends === true ? '--skip-weekends' : '',
    ].filter((s) => s !== '');
    if (mixed.length > 0) {
      throw new InputError([
        cliIssue('input_and_flags', [], `Give the course request either as --input JSON or as flags, not both (also given: ${mixed.join(', ')}).`),
      ]);
    }
    request = await readJsonInput(flags.input, io.stdin);
  } else {
    request = {
      ...(flags.protocol !== undefined ? { protocol: flags.protocol } : {}),
      ...(flags.start !== undefined ? { startDate: flags.start } : {}),
      ...(flags.skipWeekends === true ? { skipWeekends: true } : {}),
    };
  }
  // The request comes from a file or flags: the door reads it at run time and refuses what it is not.
  const result = planCourse(request as CourseRequest, catalogue);
  if (!result.ok) return refuse(io, 'course', result.issues, flags.json === true, fromFlags, { catalogue, schema: 'course-input' });
  io.out(flags.json === true ? toJson(result) : renderCourse(result.course));
  return attention(result.course).length === 0 ? EXIT.ok : EXIT.attention;
}
