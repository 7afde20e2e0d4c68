import { Clock } from './clock';

/** A clock the specs move by hand, so idle and absolute session limits are tested without waiting. */
export class ManualClock extends Clock {
  private current: Date;

  constructor(start = new Date('2026-03-02T09:00:00.000Z')) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}
