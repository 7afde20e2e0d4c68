import { summary } from '../testing/report-fixtures';
import { ReportsApiActions, ReportsPageActions } from './reports.actions';
import { initialReportsState, reportsFeature } from './reports.feature';

const VIEW = {
  from: '2026-03-01',
  to: '2026-03-03',
  tz: 'America/Chicago',
  preset: 'custom' as const,
};

describe('reports reducer', () => {
  const reduce = reportsFeature.reducer;

  it('clears the old numbers when the range changes, keeps them when it does not', () => {
    const loaded = reduce(
      reduce(
        initialReportsState,
        ReportsPageActions.viewChanged({ view: VIEW }),
      ),
      ReportsApiActions.summaryLoaded({ query: VIEW, summary: summary() }),
    );
    expect(loaded.loading).toBeFalse();
    const same = reduce(
      loaded,
      ReportsPageActions.viewChanged({ view: { ...VIEW, preset: '7d' } }),
    );
    expect(same.summary).toBe(loaded.summary);
    expect(same.loading).toBeFalse();
    const other = reduce(
      loaded,
      ReportsPageActions.viewChanged({ view: { ...VIEW, tz: 'UTC' } }),
    );
    expect(other.summary).toBeNull();
    expect(other.loading).toBeTrue();
  });

  it('knows an empty range from one still loading', () => {
    const state = {
      [reportsFeature.name]: { ...initialReportsState, summary: summary() },
    };
    expect(reportsFeature.selectIsEmpty(state)).toBeFalse();
    const none = {
      [reportsFeature.name]: {
        ...initialReportsState,
        summary: { ...summary(), totals: { ...summary().totals, calls: 0 } },
      },
    };
    expect(reportsFeature.selectIsEmpty(none)).toBeTrue();
    expect(
      reportsFeature.selectIsEmpty({
        [reportsFeature.name]: initialReportsState,
      }),
    ).toBeFalse();
  });
});
