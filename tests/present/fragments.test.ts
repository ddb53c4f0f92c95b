// The notes and adjuncts of a protocol are output fragments built once per frozen protocol record and
// shared, deep-frozen, by every plan of it (issue 15 item 2): the same values a plan built itself
// before, in the same order (the agent's notes, then the protocol's; the adjuncts in the protocol's
// order), and never shared for a record a caller can still change.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, planInfusion } from '../../src/index.js';
import { presentAdjuncts, presentNotes } from '../../src/present/assemble-notes.js';
import type { Agent, Protocol } from '../../src/catalogue/types.js';

const request = (kg: number) => ({ patient: { weight: { value: kg, unit: 'kg' as const } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });

describe('notes and adjuncts prepared once per protocol', () => {
  it('two plans of one protocol share one frozen notes list and one adjuncts list, with the catalogue’s values', () => {
    const a = planInfusion(request(70));
    const b = planInfusion(request(82));
    if (!a.ok || !b.ok) throw new Error('both should plan');
    expect(a.plan.notes).toBe(b.plan.notes);
    expect(a.plan.adjuncts).toBe(b.plan.adjuncts);
    expect(Object.isFrozen(a.plan.notes)).toBe(true);
    const protocol = BUILTIN_CATALOGUE.protocols.find((p) => p.id === 'ketamine-crps-schwartzman-2009') as Protocol;
    const agent = BUILTIN_CATALOGUE.agents.find((x) => x.id === protocol.agent) as Agent;
    // The agent's notes, then the protocol's: kind, text and source of each, nothing else.
    expect(a.plan.notes).toEqual([...agent.notes, ...protocol.notes].map((n) => ({ kind: n.kind, text: n.text, source: n.source })));
    expect(a.plan.adjuncts.map((x) => x.drug)).toEqual((protocol.adjuncts ?? []).map((x) => x.drug));
  });

  it('builds afresh, unfrozen and unshared, for records a caller can still change', () => {
    const protocol = structuredClone(BUILTIN_CATALOGUE.protocols.find((p) => p.id === 'ketamine-crps-schwartzman-2009')) as Protocol;
    const agent = structuredClone(BUILTIN_CATALOGUE.agents.find((x) => x.id === protocol.agent)) as Agent;
    const first = presentNotes(agent, protocol);
    expect(presentNotes(agent, protocol)).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(false);
    (agent.notes as unknown as { text: string }[])[0] = { ...(agent.notes[0] as { text: string }), text: 'edited' } as never;
    expect(presentNotes(agent, protocol)[0]?.text).toBe('edited');
    expect(presentAdjuncts(agent, protocol)).not.toBe(presentAdjuncts(agent, protocol));
  });
});
