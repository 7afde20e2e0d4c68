import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
import { CLOCK } from '@casebook/dashboard/shared/data-access';
import { ReportRangeForm, matchZones } from './range-form';
import type { ReportView } from './report-query-params';

// Noon in Chicago, 03:00 the next day in Tokyo.
const NOW = Date.parse('2026-03-31T18:00:00.000Z');

describe('ReportRangeForm', () => {
  let loader: HarnessLoader;
  let chosen: ReportView[];
  let root: HTMLElement;

  async function render(view: ReportView): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: CLOCK, useValue: { now: () => NOW } },
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    const fixture = TestBed.createComponent(ReportRangeForm);
    fixture.componentRef.setInput('view', view);
    chosen = [];
    fixture.componentInstance.viewChosen.subscribe((v) => chosen.push(v));
    await fixture.whenStable();
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = fixture.nativeElement as HTMLElement;
  }

  const THIRTY: ReportView = {
    from: '2026-03-02',
    to: '2026-03-31',
    tz: 'America/Chicago',
    preset: '30d',
  };

  it('applies two dates as a custom range, refusing a backwards one', async () => {
    await render(THIRTY);
    await (
      await loader.getHarness(MatButtonToggleHarness.with({ text: 'Custom' }))
    ).check();
    const [from, to] = await loader.getAllHarnesses(
      MatInputHarness.with({ selector: '[type="date"]' }),
    );
    expect(await from.getValue()).toBe('2026-03-02');
    await from.setValue('2026-03-20');
    await to.setValue('2026-03-10');
    const show = await loader.getHarness(
      MatButtonHarness.with({ text: 'Show range' }),
    );
    await show.click();
    expect(chosen).toEqual([]);
    expect(root.querySelector('#custom-range-error')?.textContent).toContain(
      'The end date is before the start date.',
    );
    await to.setValue('2026-03-25');
    await show.click();
    expect(chosen).toEqual([
      {
        from: '2026-03-20',
        to: '2026-03-25',
        tz: 'America/Chicago',
        preset: 'custom',
      },
    ]);
  });

  it('recomputes a preset for today in a newly chosen zone', async () => {
    await render(THIRTY);
    const zone = await loader.getHarness(MatAutocompleteHarness);
    await zone.clear();
    await zone.enterText('tokyo');
    await zone.selectOption({ text: 'Asia/Tokyo' });
    expect(chosen).toEqual([
      { from: '2026-03-03', to: '2026-04-01', tz: 'Asia/Tokyo', preset: '30d' },
    ]);
  });

  it('keeps custom dates when only the zone changes', async () => {
    await render({
      from: '2026-01-05',
      to: '2026-01-09',
      tz: 'UTC',
      preset: 'custom',
    });
    const zone = await loader.getHarness(MatAutocompleteHarness);
    await zone.clear();
    await zone.enterText('chicago');
    await zone.selectOption({ text: 'America/Chicago' });
    expect(chosen).toEqual([
      {
        from: '2026-01-05',
        to: '2026-01-09',
        tz: 'America/Chicago',
        preset: 'custom',
      },
    ]);
  });

  it('finds zones by any part of their name', () => {
    const zones = [
      'America/New_York',
      'America/Chicago',
      'Europe/Berlin',
      'UTC',
    ];
    expect(matchZones(zones, 'new york')).toEqual(['America/New_York']);
    expect(matchZones(zones, 'america')).toEqual([
      'America/New_York',
      'America/Chicago',
    ]);
    expect(matchZones(zones, '', 2)).toEqual([
      'America/New_York',
      'America/Chicago',
    ]);
  });
});
