import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import {
  REFERRAL_TYPES,
  type ApiError,
  type CreateResourceRequest,
  type ReferralResource,
  type ReferralType,
} from '@casebook/shared/contracts';
import { normalizeDirectoryPhone } from '@casebook/shared/domain';
import {
  REFERRAL_TYPE_LABELS,
  applyApiErrors,
  formatPhone,
} from '@casebook/dashboard/shared/ui';
import { ResourceDialogActions, type ResourceEdits } from './resources.actions';
import { resourcesFeature } from './resources.feature';
import {
  RESOURCE_LIMITS,
  fieldError,
  languageList,
  nameValidators,
  parseLanguages,
  phoneNumber,
} from './resource-form';
import { trackSave } from './save-tracker';

/** Opens the dialog for a new entry, or for changing an existing one. */
export type ResourceFormDialogData =
  { mode: 'create' } | { mode: 'edit'; resource: ReferralResource };

/** Empty text means "none", which the API stores as null. */
function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}

/**
 * New or edited directory entry. Stays open until the API accepts the change; its
 * refusals land on the fields. A stale edit (409) closes it: the page reloads and a
 * snack bar says why, so the admin edits the latest version instead of overwriting it.
 */
@Component({
  selector: 'cb-resource-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './resource-form-dialog.html',
  styleUrl: './resource-form-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourceFormDialog {
  private readonly store = inject(Store);
  private readonly dialogRef =
    inject<MatDialogRef<ResourceFormDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<ResourceFormDialogData>(MAT_DIALOG_DATA);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly types = REFERRAL_TYPES;
  protected readonly typeLabels = REFERRAL_TYPE_LABELS;
  protected readonly limits = RESOURCE_LIMITS;
  protected readonly fieldError = fieldError;
  protected readonly saving = this.store.selectSignal(
    resourcesFeature.selectIsSaving,
  );
  protected readonly message = signal<string | null>(null);

  private readonly existing =
    this.data.mode === 'edit' ? this.data.resource : null;
  protected readonly form = this.formBuilder.group({
    name: [this.existing?.name ?? '', nameValidators],
    type: [
      (this.existing?.type ?? '') as ReferralType | '',
      Validators.required,
    ],
    phone: [formatPhone(this.existing?.phone), phoneNumber],
    hours: [
      this.existing?.hours ?? '',
      Validators.maxLength(RESOURCE_LIMITS.hours),
    ],
    languages: [this.existing?.languages.join(', ') ?? '', languageList],
    notes: [
      this.existing?.notes ?? '',
      Validators.maxLength(RESOURCE_LIMITS.notes),
    ],
    national: [this.existing?.national ?? false],
  });

  private readonly save = trackSave({
    saved: () => this.dialogRef.close(true),
    failed: (error: ApiError) => {
      if (error.statusCode === 409) {
        this.dialogRef.close(false);
        return;
      }
      this.message.set(applyApiErrors(this.form, error));
    },
  });

  constructor() {
    this.store.dispatch(ResourceDialogActions.opened());
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.message.set(null);
    const request = this.request();
    if (this.existing === null) {
      this.save.submitted();
      this.store.dispatch(ResourceDialogActions.createSubmitted({ request }));
      return;
    }
    const changes = this.changesTo(this.existing, request);
    if (Object.keys(changes).length === 0) {
      this.dialogRef.close(false);
      return;
    }
    this.save.submitted();
    this.store.dispatch(
      ResourceDialogActions.editSubmitted({
        resource: this.existing,
        changes,
      }),
    );
  }

  /** The form as the API takes it; the phone goes as typed, the server normalizes it. */
  private request(): CreateResourceRequest {
    const { name, type, phone, hours, languages, notes, national } =
      this.form.getRawValue();
    return {
      name: name.trim(),
      type: type as ReferralType,
      phone: textOrNull(phone),
      hours: textOrNull(hours),
      languages: parseLanguages(languages),
      notes: textOrNull(notes),
      national,
    };
  }

  /** Only what differs from the entry as loaded, so an edit never rewrites the rest. */
  private changesTo(
    resource: ReferralResource,
    request: CreateResourceRequest,
  ): ResourceEdits {
    const phone = request.phone ? normalizeDirectoryPhone(request.phone) : null;
    const samePhone = phone
      ? phone.ok && phone.phone === resource.phone && !phone.extension
      : resource.phone === null;
    return {
      ...(request.name !== resource.name ? { name: request.name } : {}),
      ...(request.type !== resource.type ? { type: request.type } : {}),
      ...(samePhone ? {} : { phone: request.phone }),
      ...(request.hours !== resource.hours ? { hours: request.hours } : {}),
      ...((request.languages ?? []).join('\n') !== resource.languages.join('\n')
        ? { languages: request.languages }
        : {}),
      ...(request.notes !== resource.notes ? { notes: request.notes } : {}),
      ...(request.national !== resource.national
        ? { national: request.national }
        : {}),
    };
  }
}
