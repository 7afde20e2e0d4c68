import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type {
  InstrumentDefinition,
  SymptomHistoryPoint,
} from '@casebook/shared/contracts';
import { SOWS } from '@casebook/shared/domain';
import { sowsPoint } from '../testing/history-fixtures';
import { SymptomChart } from './symptom-chart';
import { CHART_GEOMETRY as G } from './symptom-chart-model';

const calm = sowsPoint('calm', '2026-03-01T10:00:00Z', 0, 'none', 50);
const worst = sowsPoint('worst', '2026-03-02T10:00:00Z', 64, 'severe', 10);
const middle = sowsPoint('middle', '2026-03-03T10:00:00Z', 32, 'severe', null);
const partial = sowsPoint('partial', '2026-03-04T10:00:00Z', null, null, 30);

describe('SymptomChart', () => {
  let fixture: ComponentFixture<SymptomChart>;

  async function render(
    points: SymptomHistoryPoint[],
    instrument: InstrumentDefinition = SOWS,
  ): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(SymptomChart);
    fixture.componentRef.setInput('instrument', instrument);
    fixture.componentRef.setInput('points', points);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function marker(root: HTMLElement, label: string): SVGCircleElement {
    const point = Array.from(
      root.querySelectorAll<SVGGElement>('g.point'),
    ).find((g) => g.getAttribute('aria-label')?.includes(label));
    if (!point) {
      throw new Error(`no point labelled "${label}"`);
    }
    return point.querySelector('.marker') as SVGCircleElement;
  }
  const cx = (el: Element) => Number(el.getAttribute('cx'));
  const cy = (el: Element) => Number(el.getAttribute('cy'));

  it('places each total on the instrument’s scale, from 0 at the bottom to the maximum at the top', async () => {
    const root = await render([calm, worst, middle]);
    expect(cy(marker(root, 'total 0,'))).toBe(G.plotBottom);
    expect(cy(marker(root, 'total 64,'))).toBe(G.plotTop);
    expect(cy(marker(root, 'total 32,'))).toBe((G.plotTop + G.plotBottom) / 2);
    expect(
      root.querySelector('polyline.trend')?.getAttribute('points')?.split(' ')
        .length,
    ).toBe(3);
  });

  it('shades the bands of the definition it is given, labelled with their ranges', async () => {
    const custom: InstrumentDefinition = {
      ...SOWS,
      totalMin: 0,
      totalMax: 10,
      bands: [
        { min: 0, max: 2, severity: 'none', label: 'Calm' },
        { min: 3, max: 7, severity: 'mild', label: 'Uneasy' },
        { min: 8, max: 10, severity: 'severe', label: 'Rough' },
      ],
    };
    const root = await render([calm], custom);
    const rects = Array.from(
      root.querySelectorAll<SVGRectElement>('rect.band'),
    );
    expect(rects.map((rect) => rect.dataset['severity'])).toEqual([
      'none',
      'mild',
      'severe',
    ]);
    const unit = (G.plotBottom - G.plotTop) / 10;
    // 0–2 runs up to 2.5, so a total of 2 is inside it and 3 inside the next band.
    expect(Number(rects[0].getAttribute('y'))).toBeCloseTo(
      G.plotBottom - 2.5 * unit,
      5,
    );
    expect(Number(rects[0].getAttribute('height'))).toBeCloseTo(2.5 * unit, 5);
    expect(Number(rects[2].getAttribute('y'))).toBeCloseTo(G.plotTop, 5);
    expect(
      Array.from(root.querySelectorAll('.band-label')).map((text) =>
        text.textContent?.trim(),
      ),
    ).toEqual(['0–2 Calm', '3–7 Uneasy', '8–10 Rough']);
  });

  it('draws SOWS with its four bands and says they are the CTN-0051 research convention', async () => {
    const root = await render([calm]);
    expect(
      Array.from(root.querySelectorAll('.band-label')).map((text) =>
        text.textContent?.trim(),
      ),
    ).toEqual(
      SOWS.bands.map((band) =>
        band.min === band.max
          ? `${band.min} ${band.label}`
          : `${band.min}–${band.max} ${band.label}`,
      ),
    );
    expect(root.querySelector('figcaption')?.textContent).toContain(
      'research convention',
    );
    expect(root.querySelector('figcaption')?.textContent).toContain('CTN-0051');
    expect(
      marker(root, 'total 0,').closest('g')?.getAttribute('aria-label'),
    ).toContain('None (research convention)');
  });

  it('switches the horizontal axis to hours since last use, leaving out points without them', async () => {
    const root = await render([calm, worst, middle, partial]);
    expect(cx(marker(root, 'total 0,'))).toBeLessThan(
      cx(marker(root, 'total 64,')),
    );
    expect(root.querySelector('.unplaced')).toBeNull();

    fixture.componentRef.setInput('xAxis', 'hours');
    await fixture.whenStable();
    // 10 h, then 30 h (partial), then 50 h: the order of the hours, not of the dates.
    expect(cx(marker(root, 'total 64,'))).toBeLessThan(
      cx(marker(root, 'partial')),
    );
    expect(cx(marker(root, 'partial'))).toBeLessThan(
      cx(marker(root, 'total 0,')),
    );
    expect(root.querySelectorAll('g.point').length).toBe(3);
    expect(root.querySelector('.unplaced')?.textContent).toContain(
      '(1, no last-use time',
    );
    expect(root.querySelector('.x-axis')?.textContent).toContain(
      'Hours since last use',
    );
    expect(root.querySelector('.x-axis')?.textContent).toContain('0 h');
  });

  it('shows a partial assessment as a hollow marker on its own row, with no total and out of the line', async () => {
    const root = await render([calm, partial]);
    const point = marker(root, 'partial').closest('g') as SVGGElement;
    expect(point.classList).toContain('partial');
    expect(point.hasAttribute('data-total')).toBeFalse();
    expect(cy(marker(root, 'partial'))).toBe(G.partialY);
    expect(point.getAttribute('aria-label')).toContain(
      '10 of 16 items answered, no total',
    );
    expect(
      root.querySelector('polyline.trend')?.getAttribute('points')?.split(' ')
        .length,
    ).toBe(1);
  });

  it('puts every point in the tab order and shows its date, total and band on focus', async () => {
    const root = await render([calm, worst]);
    const points = Array.from(root.querySelectorAll<SVGGElement>('g.point'));
    expect(
      points.every((point) => point.getAttribute('tabindex') === '0'),
    ).toBeTrue();
    expect(root.querySelector('.tooltip')).toBeNull();
    points[1].dispatchEvent(new FocusEvent('focus'));
    await fixture.whenStable();
    expect(root.querySelector('.tooltip')?.textContent).toContain(
      'SOWS 64 · Severe',
    );
    expect(root.querySelector('.tooltip')?.textContent).toContain('2 Mar 2026');
    points[1].dispatchEvent(new FocusEvent('blur'));
    await fixture.whenStable();
    expect(root.querySelector('.tooltip')).toBeNull();
  });
});
