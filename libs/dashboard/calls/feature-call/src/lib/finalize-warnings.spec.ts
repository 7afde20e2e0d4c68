import {
  assessmentViews,
  emptyDraftContent,
  newDraftEntity,
  riskView,
  type CallDraft,
} from '@casebook/dashboard/calls/data-access';
import type { Substance } from '@casebook/shared/contracts';
import { finalizeWarnings } from './finalize-warnings';

const NOW = Date.parse('2026-03-02T10:00:00.000Z');

function warningsFor(
  changes: Partial<CallDraft['content']>,
  draft: Partial<CallDraft> = {},
): string[] {
  const call = newDraftEntity(
    'c',
    { ...emptyDraftContent(new Date(NOW).toISOString()), ...changes },
    {
      revision: 2,
      savedRevision: 2,
      createdOnServer: true,
      ...draft,
    },
  );
  return finalizeWarnings(call, assessmentViews(call), riskView(call), NOW);
}

/** The changes of a call on which the caller names `substance` (and `coUsed`). */
function naming(
  substance: Substance,
  ...coUsed: Substance[]
): Partial<CallDraft['content']> {
  return { substance, coUsedSubstances: coUsed };
}

const hoursAgo = (hours: number) =>
  new Date(NOW - hours * 3_600_000).toISOString();
const NALOXONE_WARNING =
  'An opioid is named, and naloxone is neither ticked as discussed nor a reason recorded.';

describe('finalizeWarnings', () => {
  it('asks about naloxone on any opioid call, at any hour since last use, until it is ticked', () => {
    expect(
      warningsFor({ lastUseAt: hoursAgo(20), ...naming('fentanyl') }),
    ).toContain(NALOXONE_WARNING);
    expect(warningsFor(naming('prescription-opioids'))).toContain(
      NALOXONE_WARNING,
    );
    expect(warningsFor(naming('alcohol', 'heroin')))
      .withContext('a co-used opioid')
      .toContain(NALOXONE_WARNING);
    expect(
      warningsFor({ naloxoneDiscussed: true, ...naming('fentanyl') }),
    ).not.toContain(NALOXONE_WARNING);
    expect(warningsFor(naming('other'))).not.toContain(NALOXONE_WARNING);
  });

  it('accepts a reason recorded instead of naloxone discussed, but not a blank one', () => {
    expect(
      warningsFor({
        naloxoneNotDiscussedReason: 'Has two kits',
        ...naming('heroin'),
      }),
    ).not.toContain(NALOXONE_WARNING);
    expect(
      warningsFor({ naloxoneNotDiscussedReason: '   ', ...naming('heroin') }),
    ).toContain(NALOXONE_WARNING);
  });

  it('proposes "emergency services" after an overdose or a withdrawal danger sign', () => {
    const overdose = { openedAt: hoursAgo(0.1), steps: [] };
    expect(
      warningsFor({ overdose }).some((w) =>
        w.startsWith('An overdose was reported'),
      ),
    ).toBeTrue();
    expect(
      warningsFor({ overdose, outcome: 'emergency-services' }).some((w) =>
        w.startsWith('An overdose'),
      ),
    ).toBeFalse();
    expect(
      warningsFor({ withdrawalDangerSigns: ['seizure'] }).some((w) =>
        w.startsWith('A withdrawal danger sign'),
      ),
    ).toBeTrue();
  });

  it('gives a methadone caller ten days after last use the naloxone reminder, not the tolerance one', () => {
    const warnings = warningsFor({
      lastUseAt: hoursAgo(300),
      ...naming('methadone'),
    });
    expect(
      warnings.some((w) => w.startsWith('Tolerance is falling or lost')),
    ).toBeFalse();
    expect(warnings).toContain(NALOXONE_WARNING);
  });

  it('lists what an empty call lacks, as warnings', () => {
    const warnings = warningsFor({});
    expect(warnings).toContain('The risk screen (C-SSRS) was not answered.');
    expect(warnings).toContain('SOWS was not started.');
    expect(warnings).toContain('No outcome is chosen.');
    expect(warnings.some((w) => w.startsWith('No case is linked'))).toBeTrue();
  });

  it('names a partial SOWS and an incomplete screen', () => {
    const warnings = warningsFor({
      assessments: [{ instrument: 'sows', answers: { anxious: 2 } }],
      risk: { answers: { q1: true }, emergencyDisclosure: null },
    });
    expect(warnings).toContain(
      'SOWS is partly answered (1 of 16): it is saved as partial, with no total.',
    );
    expect(warnings).toContain(
      'The risk screen is incomplete: some questions it should ask have no answer.',
    );
  });

  it('reminds of naloxone when tolerance is falling; the save state is the dialog’s own line, not a warning', () => {
    const warnings = warningsFor(
      { lastUseAt: new Date(NOW - 100 * 3_600_000).toISOString() },
      { revision: 3, saveStatus: 'offline' },
    );
    expect(
      warnings.some((w) => w.startsWith('Tolerance is falling or lost')),
    ).toBeTrue();
    expect(warnings.some((w) => /server|saved/i.test(w))).toBeFalse();
  });
});
