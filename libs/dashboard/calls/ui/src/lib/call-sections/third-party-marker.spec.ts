import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CallerRelation } from '@casebook/shared/contracts';
import { ThirdPartyMarker } from './third-party-marker';

@Component({
  imports: [ThirdPartyMarker],
  template: `<cb-third-party-marker
    [relation]="relation()"
    [asking]="asking()"
  />`,
})
class Host {
  readonly relation = signal<CallerRelation>('self');
  readonly asking = signal(true);
}

describe('ThirdPartyMarker', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(Host);
  });

  async function show(
    relation: CallerRelation,
    asking = true,
  ): Promise<string> {
    fixture.componentInstance.relation.set(relation);
    fixture.componentInstance.asking.set(asking);
    await fixture.whenStable();
    return ((fixture.nativeElement as HTMLElement).textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  }

  it('says nothing when the person calls for themself', async () => {
    expect(await show('self')).toBe('');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[role="note"]'),
    ).toBeNull();
  });

  it('marks every other caller as a third party, by relation, and labels the marker as ours', async () => {
    for (const [relation, word] of [
      ['family', 'family'],
      ['friend', 'friend'],
      ['professional', 'professional'],
      ['other', 'other'],
    ] as const) {
      const text = await show(relation);
      expect(text)
        .withContext(relation)
        .toContain(
          `Reported by a third party (${word}): ask how the person seems to them.`,
        );
      expect(text)
        .withContext(relation)
        .toContain('Helpline practice, not part of the instrument.');
    }
  });

  it('only states the fact on a record, without the prompt to ask', async () => {
    const text = await show('family', false);
    expect(text).toContain('Reported by a third party (family).');
    expect(text).not.toContain('ask how');
  });
});
