import { Pipe, type PipeTransform } from '@angular/core';
import type { Role } from '@casebook/shared/contracts';

/** How each role is named to people. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  counselor: 'Counselor',
  supervisor: 'Supervisor',
  admin: 'Administrator',
};

/** `{{ user.role | roleLabel }}` → "Counselor". */
@Pipe({ name: 'roleLabel' })
export class RoleLabelPipe implements PipeTransform {
  transform(role: Role | null | undefined): string {
    return role ? ROLE_LABELS[role] : '';
  }
}
