import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatExpansionPanelHarness } from '@angular/material/expansion/testing';
import { callRecord, callSummary } from '@casebook/shared/contracts/testing';
import { CallsTimeline } from './calls-timeline';

describe('CallsTimeline', () => {
  let fixture: ComponentFixture<CallsTimeline>;
  let loader: HarnessLoader;

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
    fixture = TestBed.createComponent(CallsTimeline);
    fixture.componentRef.setInput('calls', [
      callSummary('call-1'),
      callSummary('call-2', {
        status: 'draft',
        riskLevel: 'high',
        outcome: null,
        latestSeverity: null,
        direction: 'outbound',
      }),
    ]);
    fixture.componentRef.setInput('paging', {
      pageIndex: 0,
      pageSize: 10,
      total: 2,
    });
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  it('sums up each call in its header', async () => {
    const panels = await loader.getAllHarnesses(MatExpansionPanelHarness);
    expect(panels.length).toBe(2);
    const first = await panels[0].getDescription();
    expect(first).toContain('Casey Counselor');
    expect(first).toContain('Support given');
    expect(first).toContain('Low risk');
    expect(first).toContain('SOWS 14');
    expect(first).toContain('Final');
    const second = await panels[1].getDescription();
    expect(second).toContain('High risk');
    expect(second).toContain('No outcome');
    expect(second).toContain('Draft');
    expect(await panels[1].getTitle()).toContain('Outbound');
  });

  it('asks for the call when expanded and shows notes, assessments and addenda once it arrives', async () => {
    const expanded: string[] = [];
    fixture.componentInstance.expand.subscribe((id) => expanded.push(id));
    const [panel] = await loader.getAllHarnesses(MatExpansionPanelHarness);
    await panel.expand();
    expect(expanded).toEqual(['call-1']);
    expect(await panel.getTextContent()).not.toContain('Discussed naloxone');

    fixture.componentRef.setInput('details', {
      'call-1': { status: 'loaded', call: callRecord() },
    });
    await fixture.whenStable();
    const text = await panel.getTextContent();
    expect(text).toContain('Discussed naloxone');
    expect(text).toContain('26 h after last use');
    expect(text).toContain('Sue Supervisor');
    expect(text).toContain('Called back next day');
  });

  it('says when a call could not be loaded and offers to try again', async () => {
    const expanded: string[] = [];
    fixture.componentInstance.expand.subscribe((id) => expanded.push(id));
    fixture.componentRef.setInput('details', {
      'call-2': {
        status: 'failed',
        error: {
          statusCode: 500,
          error: 'x',
          message: 'The server ran into a problem.',
        },
      },
    });
    const panel = (await loader.getAllHarnesses(MatExpansionPanelHarness))[1];
    await panel.expand();
    expect(await panel.getTextContent()).toContain('Could not load this call.');
    const root = fixture.nativeElement as HTMLElement;
    (root.querySelector('.failed button') as HTMLButtonElement).click();
    expect(expanded).toEqual(['call-2', 'call-2']);
  });
});
