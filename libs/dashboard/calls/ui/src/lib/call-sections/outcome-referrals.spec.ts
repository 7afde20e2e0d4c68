import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import type {
  Referral,
  ReferralResource,
  ReferralType,
} from '@casebook/shared/contracts';
import { OutcomeReferrals, type DirectorySearch } from './outcome-referrals';

const HARBOR: ReferralResource = {
  id: 'res-1',
  name: 'Harbor Detox',
  type: 'detox',
  phone: '+12015550199',
  hours: 'Open 24/7',
  languages: ['English', 'Spanish'],
  notes: null,
  national: false,
  active: true,
  updatedAt: '2026-03-01T10:00:00.000Z',
  version: 1,
};

@Component({
  imports: [OutcomeReferrals],
  template: `<cb-outcome-referrals
    [referrals]="referrals()"
    [directoryType]="directoryType()"
    [directoryResults]="results()"
    [directoryEntries]="entries()"
    (referralsChange)="referrals.set($event)"
    (directorySearch)="search($event)"
    (directoryPick)="pick($event)"
  />`,
})
class Host {
  readonly referrals = signal<Referral[]>([]);
  readonly directoryType = signal<ReferralType | null>(null);
  readonly results = signal<ReferralResource[]>([]);
  readonly entries = signal<Record<string, ReferralResource>>({});
  readonly searches: DirectorySearch[] = [];
  search(search: DirectorySearch): void {
    this.searches.push(search);
    // What the container does: results for that type come back.
    this.directoryType.set(search.referralType);
    this.results.set([HARBOR]);
  }
  pick(entry: ReferralResource): void {
    this.entries.update((entries) => ({ ...entries, [entry.id]: entry }));
  }
}

describe('OutcomeReferrals directory entry', () => {
  let fixture: ComponentFixture<Host>;
  let host: Host;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    await fixture.whenStable();
  });

  const loader = () => TestbedHarnessEnvironment.loader(fixture);

  it('offers no directory field until the referral is ticked', async () => {
    expect(await loader().getAllHarnesses(MatAutocompleteHarness)).toEqual([]);
  });

  it('searches entries of the ticked type and stores the chosen entry on the referral', async () => {
    await (
      await loader().getHarness(MatCheckboxHarness.with({ label: /Detox/ }))
    ).check();
    const autocomplete = await loader().getHarness(MatAutocompleteHarness);
    await autocomplete.enterText('Harb');
    expect(host.searches.at(-1)).toEqual({
      referralType: 'detox',
      query: 'Harb',
    });
    const options = await autocomplete.getOptions();
    expect(await options[0].getText()).toContain('Harbor Detox');
    expect(await options[0].getText()).toContain('Open 24/7');
    expect(await options[0].getText()).toContain('(201) 555-0199');
    expect(await options[0].getText()).toContain('English, Spanish');
    await autocomplete.selectOption({ text: /Harbor Detox/ });
    expect(host.referrals()).toEqual([{ type: 'detox', resourceId: 'res-1' }]);
    const shown =
      (fixture.nativeElement as HTMLElement).querySelector('.entry')
        ?.textContent ?? '';
    expect(shown).toContain('Phone (201) 555-0199');
    expect(shown).toContain('Hours Open 24/7');
  });

  it('focusing a directory field searches its own referral type', async () => {
    host.referrals.set([{ type: 'detox' }, { type: 'shelter' }]);
    host.directoryType.set('shelter');
    host.results.set([HARBOR]);
    await fixture.whenStable();
    const [detox] = await loader().getAllHarnesses(MatAutocompleteHarness);
    await detox.focus();
    // Focusing searches its own type; before results arrive nothing of "shelter" shows.
    expect(host.searches.at(-1)?.referralType).toBe('detox');
  });
});
