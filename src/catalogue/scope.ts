/** Whether a catalogue record scoped to protocols (a limit, an adjustment) belongs to a protocol. */

/**
 * A record without `protocols` belongs to every protocol of its agent; one with `protocols` only to
 * those it names.
 */
export function belongsToProtocol(record: { readonly protocols?: readonly string[] }, protocolId: string): boolean {
  return record.protocols === undefined || record.protocols.includes(protocolId);
}
