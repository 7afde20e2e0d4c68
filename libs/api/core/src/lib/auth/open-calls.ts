/**
 * Whether a user is on a given call right now: their own draft, not marked ended, begun
 * less than a call's longest length ago. Declared here, answered by the calls module, so
 * that sessions (auth) can ask without importing calls: the call a counselor has on screen
 * keeps their session from ending idle (ADR 23).
 */
export abstract class OpenCalls {
  abstract isOnCall(
    userId: string,
    callId: string,
    now: Date,
  ): Promise<boolean>;
}
