import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { caseRecord } from '@casebook/shared/contracts/testing';
import { CaseDetailsForm, type CaseChanges } from './case-details-form';

describe('CaseDetailsForm', () => {
  let fixture: ComponentFixture<CaseDetailsForm>;
  let loader: HarnessLoader;
  let saved: CaseChanges[];
  let cancelled: number;

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
    fixture = TestBed.createComponent(CaseDetailsForm);
    fixture.componentRef.setInput('record', caseRecord());
    saved = [];
    cancelled = 0;
    fixture.componentInstance.save.subscribe((changes) => saved.push(changes));
    fixture.componentInstance.cancelEdit.subscribe(() => cancelled++);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  async function field(label: string): Promise<MatFormFieldHarness> {
    return loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: label }),
    );
  }
  async function input(label: string): Promise<MatInputHarness> {
    return (await (
      await field(label)
    ).getControl(MatInputHarness)) as MatInputHarness;
  }
  async function submit(): Promise<void> {
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Save changes' }))
    ).click();
  }

  it('starts from the case and sends only what changed, with the phone in E.164 and null for a cleared field', async () => {
    expect(await (await input('Alias')).getValue()).toBe('Sam R.');
    await (await input('Phone')).setValue('(201) 555-0199');
    await (await input('Caller alert')).setValue('   ');
    await (
      await (await field('Status')).getControl(MatSelectHarness)
    )?.clickOptions({ text: 'Closed' });
    await submit();
    expect(saved).toEqual([
      { phone: '+12015550199', alert: null, status: 'closed' },
    ]);
  });

  it('checks the alias and the phone before sending anything', async () => {
    await (await input('Alias')).setValue('');
    await (await input('Phone')).setValue('555-12');
    await submit();
    expect(saved).toEqual([]);
    expect(await (await field('Alias')).getTextErrors()).toEqual([
      'Enter an alias.',
    ]);
    expect(await (await field('Phone')).getTextErrors()).toEqual([
      'This is not a phone number. Include the area code.',
    ]);
  });

  it('closes without a request when nothing changed', async () => {
    await submit();
    expect(saved).toEqual([]);
    expect(cancelled).toBe(1);
  });

  it('puts the API’s field errors on their fields', async () => {
    fixture.componentRef.setInput('error', {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      fields: [
        {
          field: 'alias',
          message: 'alias must not contain control characters',
        },
      ],
    });
    await fixture.whenStable();
    expect(await (await field('Alias')).getTextErrors()).toEqual([
      'alias must not contain control characters',
    ]);
  });

  it('takes no edits and offers no save while a conflict waits', async () => {
    fixture.componentRef.setInput('locked', true);
    await fixture.whenStable();
    expect(await (await input('Alias')).isDisabled()).toBeTrue();
    expect(
      await loader.getAllHarnesses(
        MatButtonHarness.with({ text: 'Save changes' }),
      ),
    ).toEqual([]);
  });
});
