import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { ApiError, UserAccount } from '@casebook/shared/contracts';
import { PASSWORD_MIN_LENGTH } from '@casebook/shared/domain';
import {
  UserDialogActions,
  initialUsersState,
} from '@casebook/dashboard/admin/data-access';
import { UserFormDialog, type UserFormDialogData } from './user-form-dialog';

@Component({ template: '' })
class Host {}

const sam: UserAccount = {
  id: 'u-sam',
  username: 'sam',
  displayName: 'Sam Rivera',
  role: 'counselor',
  active: true,
  createdAt: '2026-01-05T09:00:00.000Z',
  lastLoginAt: null,
};

describe('UserFormDialog', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let closed: boolean | undefined | 'open';

  function open(data: UserFormDialogData): void {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideMockStore({ initialState: { users: initialUsersState } }),
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
      .open<UserFormDialog, UserFormDialogData, boolean>(UserFormDialog, {
        data,
      })
      .afterClosed()
      .subscribe((result) => (closed = result));
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function input(label: string): Promise<MatInputHarness> {
    const field = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: label }),
    );
    return (await field.getControl(MatInputHarness)) as MatInputHarness;
  }

  async function errors(label: string): Promise<string[]> {
    return (
      await loader.getHarness(
        MatFormFieldHarness.with({ floatingLabelText: label }),
      )
    ).getTextErrors();
  }

  function answer(
    saveStatus: 'saved' | 'failed',
    saveError: ApiError | null = null,
  ): void {
    store.setState({ users: { ...initialUsersState, saveStatus, saveError } });
  }

  it('applies the shared account rules before sending anything', async () => {
    open({ mode: 'create' });
    await (await input('Username')).setValue('Sam!');
    await (await input('First password')).setValue('short');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Create account' }))
    ).click();
    expect(await errors('Username')).toEqual([
      jasmine.stringContaining('lower-case letters'),
    ]);
    expect(await errors('First password')).toEqual([
      `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
    ]);
    expect(await errors('Display name')).toEqual(['Enter a display name.']);
    expect(dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({
        type: UserDialogActions.createSubmitted.type,
      }),
    );
  });

  it('submits a new account, shows a taken username on its field, and closes once saved', async () => {
    open({ mode: 'create' });
    await (await input('Username')).setValue('sam');
    await (await input('Display name')).setValue('  Sam Rivera ');
    await (
      await loader.getHarness(MatSelectHarness)
    ).clickOptions({ text: 'Supervisor' });
    await (await input('First password')).setValue('a long enough password');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Create account' }))
    ).click();
    expect(dispatch).toHaveBeenCalledWith(
      UserDialogActions.createSubmitted({
        request: {
          username: 'sam',
          displayName: 'Sam Rivera',
          role: 'supervisor',
          password: 'a long enough password',
        },
      }),
    );

    answer('failed', {
      statusCode: 409,
      error: 'Conflict',
      message: 'That username is already taken',
    });
    expect(await errors('Username')).toEqual([
      'That username is already taken',
    ]);
    expect(closed).toBe('open');

    await (await input('Username')).setValue('sam.rivera');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Create account' }))
    ).click();
    answer('saved');
    for (let waited = 0; closed === 'open' && waited < 2000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(closed).toBeTrue();
  });

  it('puts each API field error on its field', async () => {
    open({ mode: 'edit', user: sam });
    await (await input('Display name')).setValue('Samuel Rivera');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Save changes' }))
    ).click();
    expect(dispatch).toHaveBeenCalledWith(
      UserDialogActions.editSubmitted({
        user: sam,
        changes: { displayName: 'Samuel Rivera' },
      }),
    );
    answer('failed', {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      fields: [
        {
          field: 'displayName',
          message: 'displayName must not contain control characters',
        },
      ],
    });
    expect(await errors('Display name')).toEqual([
      'displayName must not contain control characters',
    ]);
  });
});
