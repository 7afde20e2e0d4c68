import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { caseRecord } from '@casebook/shared/contracts/testing';
import { CaseConflictView, type ConflictRowInput } from './case-conflict-view';

const rows: ConflictRowInput[] = [
  {
    field: 'phone',
    before: '+12015550123',
    theirs: '+12015550199',
    yours: '+12015550123',
    theirsChanged: true,
    yoursChanged: false,
    clash: false,
  },
  {
    field: 'alert',
    before: 'Prefers Spanish',
    theirs: 'Ask for Sam',
    yours: null,
    theirsChanged: true,
    yoursChanged: true,
    clash: true,
  },
  {
    field: 'primarySubstance',
    before: 'fentanyl',
    theirs: 'fentanyl',
    yours: 'heroin',
    theirsChanged: false,
    yoursChanged: true,
    clash: false,
  },
];

describe('CaseConflictView', () => {
  async function render() {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(CaseConflictView);
    fixture.componentRef.setInput('rows', rows);
    fixture.componentRef.setInput('current', caseRecord({ version: 4 }));
    await fixture.whenStable();
    return {
      fixture,
      root: fixture.nativeElement as HTMLElement,
      loader: TestbedHarnessEnvironment.loader(fixture) as HarnessLoader,
    };
  }

  function cells(root: HTMLElement, field: string): string[] {
    return Array.from(
      root.querySelectorAll(
        `tr[data-field="${field}"] th, tr[data-field="${field}"] td`,
      ),
    ).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  it('explains the conflict and is announced at once', async () => {
    const { root } = await render();
    const section = root.querySelector('section') as HTMLElement;
    expect(section.getAttribute('role')).toBe('alert');
    expect(section.textContent).toContain(
      'Someone else changed this case since you opened it',
    );
  });

  it('shows field by field what they saved and what you entered, in words', async () => {
    const { root } = await render();
    expect(cells(root, 'phone')).toEqual([
      'Phone',
      '(201) 555-0123',
      '(201) 555-0199',
      '(201) 555-0123 (you did not change it)',
    ]);
    expect(cells(root, 'alert')).toEqual([
      'Caller alert Both changed',
      'Prefers Spanish',
      'Ask for Sam',
      '(empty)',
    ]);
    expect(cells(root, 'primarySubstance')).toEqual([
      'Primary substance',
      'Fentanyl',
      'Fentanyl (not changed)',
      'Heroin',
    ]);
    expect(
      root.querySelector('.hint')?.textContent?.replace(/\s+/g, ' '),
    ).toContain('replaces their value of the field marked “Both changed”');
  });

  it('offers "Use theirs" and "Re-apply mine"', async () => {
    const { fixture, loader } = await render();
    const chosen: string[] = [];
    fixture.componentInstance.useTheirs.subscribe(() => chosen.push('theirs'));
    fixture.componentInstance.reapplyMine.subscribe(() => chosen.push('mine'));
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Re-apply mine' }))
    ).click();
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Use theirs' }))
    ).click();
    expect(chosen).toEqual(['mine', 'theirs']);
  });
});
