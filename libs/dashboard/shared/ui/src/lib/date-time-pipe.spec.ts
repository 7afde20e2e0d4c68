import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { dateTimeText } from '@casebook/shared/domain';
import { DateTimePipe } from './date-time-pipe';

@Component({
  imports: [DateTimePipe],
  template: `<p class="plain">{{ at | dateTime }}</p>
    <p class="zoned">{{ at | dateTime: { zone: true } }}</p>
    <p class="none">{{ missing | dateTime }}</p>`,
})
class Host {
  readonly at = '2026-12-03T20:05:09Z';
  readonly missing: string | null = null;
}

describe('DateTimePipe', () => {
  it('writes the shared format in the reader’s zone, with the zone when asked', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const text = (selector: string) =>
      (fixture.nativeElement as HTMLElement).querySelector(selector)
        ?.textContent;
    expect(text('.plain')).toBe(dateTimeText('2026-12-03T20:05:09Z'));
    expect(text('.plain')).toMatch(/^\w{3} \d{1,2} \w{3} 2026, \d{2}:\d{2}$/);
    expect(text('.zoned')).toMatch(
      /^\w{3} \d{1,2} \w{3} 2026, \d{2}:\d{2} \S+$/,
    );
    expect(text('.none')).toBe('');
  });
});
