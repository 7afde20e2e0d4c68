/**
 * What the writers sent and what the API acknowledged, per call. A save that makes
 * version v of a call is keyed by v: the create makes version 1, a PATCH sent with
 * `version: v - 1` makes v. A stored (version, notes) pair is then checkable against
 * exactly what was sent for that version.
 */
export interface CallHistory {
  /** Notes sent for each version this client tried to make, acknowledged or not. */
  sent: Map<number, string>;
  /** Versions whose save answered 2xx. */
  acknowledged: number[];
  /** The version of a save that got no 2xx (in flight at the kill, or refused): it may or may not be stored. */
  unanswered: number | null;
}

export class Ledger {
  readonly calls = new Map<string, CallHistory>();
  /** Refused saves, connections lost before the kill, answers that disagree: none are expected. */
  readonly unexpected: string[] = [];

  sent(callId: string, version: number, notes: string): void {
    let call = this.calls.get(callId);
    if (!call)
      this.calls.set(
        callId,
        (call = { sent: new Map(), acknowledged: [], unanswered: null }),
      );
    call.sent.set(version, notes);
  }

  acknowledged(callId: string, version: number): void {
    this.history(callId).acknowledged.push(version);
  }

  unanswered(callId: string, version: number): void {
    this.history(callId).unanswered = version;
  }

  get acknowledgedSaves(): number {
    let total = 0;
    for (const call of this.calls.values()) total += call.acknowledged.length;
    return total;
  }

  get unansweredSaves(): number {
    let total = 0;
    for (const call of this.calls.values())
      if (call.unanswered !== null) total++;
    return total;
  }

  private history(callId: string): CallHistory {
    const call = this.calls.get(callId);
    if (!call) throw new Error(`call ${callId} was never sent`);
    return call;
  }
}
