import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { ApiError } from '@casebook/shared/contracts';
import { applyApiErrors, serverError } from './form-errors';

function form(): FormGroup {
  return new FormGroup({
    username: new FormControl('sam', Validators.required),
    password: new FormControl('x'),
  });
}

const base: ApiError = {
  statusCode: 400,
  error: 'Bad Request',
  message: 'Validation failed',
};

describe('applyApiErrors', () => {
  it('puts each field error on its control and shows it at once', () => {
    const group = form();
    const message = applyApiErrors(group, {
      ...base,
      fields: [
        { field: 'username', message: 'username must be lower-case' },
        { field: 'password', message: 'password is too short' },
      ],
    });
    expect(message).toBeNull();
    expect(serverError(group.get('username'))).toBe(
      'username must be lower-case',
    );
    expect(serverError(group.get('password'))).toBe('password is too short');
    expect(group.get('username')?.touched).toBeTrue();
  });

  it('returns the message when a field error has no control to sit on', () => {
    const group = form();
    expect(
      applyApiErrors(group, {
        ...base,
        fields: [{ field: 'nickname', message: 'unknown field' }],
      }),
    ).toBe('Validation failed');
  });

  it('puts a field-less error on the fallback field, or returns it', () => {
    const conflict: ApiError = {
      statusCode: 409,
      error: 'Conflict',
      message: 'Username already exists',
    };
    const group = form();
    expect(applyApiErrors(group, conflict, 'username')).toBeNull();
    expect(serverError(group.get('username'))).toBe('Username already exists');
    expect(applyApiErrors(form(), conflict)).toBe('Username already exists');
  });

  it('drops the server error once the user edits the field', () => {
    const group = form();
    applyApiErrors(group, {
      ...base,
      fields: [{ field: 'username', message: 'taken' }],
    });
    group.get('username')?.setValue('sam2');
    expect(serverError(group.get('username'))).toBeNull();
  });
});
