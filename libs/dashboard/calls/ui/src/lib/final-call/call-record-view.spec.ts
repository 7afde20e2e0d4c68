import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CallRecord } from '@casebook/shared/contracts';
import { callRecord } from '@casebook/shared/contracts/testing';
import { CallRecordView } from './call-record-view';

describe('CallRecordView: who called', () => {
  async function render(record: CallRecord): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [CallRecordView],
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(CallRecordView);
    fixture.componentRef.setInput('record', record);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const fact = (element: HTMLElement, term: string) =>
    Array.from(element.querySelectorAll('.facts > div'))
      .find((row) => row.querySelector('dt')?.textContent?.trim() === term)
      ?.querySelector('dd')
      ?.textContent?.trim();

  it('shows a family caller, and marks the instruments as reported by a third party', async () => {
    const element = await render(
      callRecord({
        callerRelation: 'family',
        risk: {
          answers: { q1: false, q2: false, q6: false },
          complete: true,
          level: 'none',
          imminentRisk: false,
          emergencyDisclosure: null,
        },
      }),
    );
    expect(fact(element, 'Who called')).toBe('Family');
    const markers = Array.from(
      element.querySelectorAll('cb-third-party-marker'),
    ).map((m) => m.textContent?.replace(/\s+/g, ' ').trim());
    expect(markers.length).toBe(2);
    for (const marker of markers) {
      expect(marker).toContain('Reported by a third party (family).');
    }
  });

  it('shows Self, with no marker, when the person called', async () => {
    const element = await render(callRecord({ callerRelation: 'self' }));
    expect(fact(element, 'Who called')).toBe('Self');
    expect(element.querySelector('[role="note"]')).toBeNull();
  });
});
