import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { ApiError } from '@casebook/shared/contracts';
import {
  ResourceFormDialog,
  type ResourceFormDialogData,
} from './resource-form-dialog';
import { ResourceDialogActions } from './resources.actions';
import { initialResourcesState } from './resources.feature';
import { resource } from './testing/resource-fixtures';

@Component({ template: '' })
class Host {}

describe('ResourceFormDialog', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let closed: boolean | undefined | 'open';

  function open(data: ResourceFormDialogData): void {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideMockStore({
          initialState: { resources: initialResourcesState },
        }),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    closed = 'open';
    TestBed.inject(MatDialog)
      .open<ResourceFormDialog, ResourceFormDialogData, boolean>(
        ResourceFormDialog,
        { data },
      )
      .afterClosed()
      .subscribe((result) => (closed = result));
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

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

  async function click(text: string): Promise<void> {
    await (await loader.getHarness(MatButtonHarness.with({ text }))).click();
  }

  function answer(
    saveStatus: 'saved' | 'failed',
    saveError: ApiError | null = null,
  ): void {
    store.setState({
      resources: { ...initialResourcesState, saveStatus, saveError },
    });
  }

  async function until(done: () => boolean): Promise<void> {
    for (let waited = 0; !done() && waited < 2000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('asks for a name and a type before sending anything, and checks the phone', async () => {
    open({ mode: 'create' });
    await (await input('Phone')).setValue('12');
    await click('Add entry');
    expect(await (await field('Name')).getTextErrors()).toEqual([
      'Enter a name.',
    ]);
    expect(await (await field('Type')).getTextErrors()).toEqual([
      'Enter a type.',
    ]);
    expect(await (await field('Phone')).getTextErrors()).toEqual([
      jasmine.stringContaining('Enter a phone number'),
    ]);
    expect(dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({
        type: ResourceDialogActions.createSubmitted.type,
      }),
    );
  });

  it('submits a new entry, shows the API’s field errors on the fields, and closes once saved', async () => {
    open({ mode: 'create' });
    await (await input('Name')).setValue('  Northside Detox ');
    await (
      await (await field('Type')).getControl(MatSelectHarness)
    )?.clickOptions({ text: 'Peer support' });
    await (await input('Phone')).setValue('(201) 555-0123');
    await (await input('Languages')).setValue('English, , Spanish ');
    await click('Add entry');
    expect(dispatch).toHaveBeenCalledWith(
      ResourceDialogActions.createSubmitted({
        request: {
          name: 'Northside Detox',
          type: 'peer-support',
          phone: '(201) 555-0123',
          hours: null,
          languages: ['English', 'Spanish'],
          notes: null,
          national: false,
        },
      }),
    );

    answer('failed', {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      fields: [
        { field: 'phone', message: 'phone is not a phone number' },
        {
          field: 'languages',
          message: 'each language must be 1 to 30 characters',
        },
      ],
    });
    expect(await (await field('Phone')).getTextErrors()).toEqual([
      'phone is not a phone number',
    ]);
    expect(await (await field('Languages')).getTextErrors()).toEqual([
      'each language must be 1 to 30 characters',
    ]);
    expect(closed).toBe('open');

    await (await input('Phone')).setValue('201 555 0124');
    await (await input('Languages')).setValue('English');
    await click('Add entry');
    answer('saved');
    await until(() => closed !== 'open');
    expect(closed).toBeTrue();
  });

  it('marks an entry national and takes a short code such as 988 as its phone', async () => {
    const line = resource('r-2', { name: 'County Crisis Line', phone: null });
    open({ mode: 'edit', resource: line });
    await (await input('Phone')).setValue('988');
    await (
      await loader.getHarness(
        MatCheckboxHarness.with({ label: 'National line' }),
      )
    ).check();
    await click('Save changes');
    expect(dispatch).toHaveBeenCalledWith(
      ResourceDialogActions.editSubmitted({
        resource: line,
        changes: { phone: '988', national: true },
      }),
    );
  });

  it('leaves a national line’s short code out of an edit that did not touch it', async () => {
    const lifeline = resource('r-3', { phone: '988', national: true });
    open({ mode: 'edit', resource: lifeline });
    expect(await (await input('Phone')).getValue()).toBe('988');
    expect(
      await (
        await loader.getHarness(
          MatCheckboxHarness.with({ label: 'National line' }),
        )
      ).isChecked(),
    ).toBeTrue();
    await (await input('Hours')).setValue('24/7');
    await click('Save changes');
    expect(dispatch).toHaveBeenCalledWith(
      ResourceDialogActions.editSubmitted({
        resource: lifeline,
        changes: { hours: '24/7' },
      }),
    );
  });

  it('sends only what an edit changed, and closes on a stale (409) answer', async () => {
    const northside = resource('r-1', {
      name: 'Northside Detox',
      hours: 'Mon–Fri 8–18',
      version: 4,
    });
    open({ mode: 'edit', resource: northside });
    expect(await (await input('Phone')).getValue()).toBe('(201) 555-0123');
    await (await input('Hours')).setValue('24/7');
    await click('Save changes');
    expect(dispatch).toHaveBeenCalledWith(
      ResourceDialogActions.editSubmitted({
        resource: northside,
        changes: { hours: '24/7' },
      }),
    );
    answer('failed', {
      statusCode: 409,
      error: 'Conflict',
      message: 'This entry was changed since you loaded it; reload it',
    });
    await until(() => closed !== 'open');
    expect(closed).toBeFalse();
  });
});
