import type {
  CaseRecord,
  CaseStatus,
  Substance,
} from '@casebook/shared/contracts';
import { CASE_STATUS_LABELS, PRIMARY_SUBSTANCE_LABELS } from '../labels';
import { formatPhone } from '@casebook/dashboard/shared/ui';
import { dateTimeText } from '@casebook/shared/domain';

/** The editable fields of a case, as the form names them. */
export const CASE_FIELD_LABELS: Readonly<
  Record<
    'alias' | 'phone' | 'primarySubstance' | 'lastUseAt' | 'alert' | 'status',
    string
  >
> = {
  alias: 'Alias',
  phone: 'Phone',
  primarySubstance: 'Primary substance',
  lastUseAt: 'Last use',
  alert: 'Caller alert',
  status: 'Status',
};

type EditableField = keyof typeof CASE_FIELD_LABELS;

/** A field's value in words: labels for codes, local time, formatted phone, "(empty)" for none. */
export function caseFieldText(
  field: EditableField,
  value: CaseRecord[EditableField] | undefined,
): string {
  if (value === null || value === undefined || value === '') {
    return '(empty)';
  }
  switch (field) {
    case 'phone':
      return formatPhone(value as string);
    case 'primarySubstance':
      return PRIMARY_SUBSTANCE_LABELS[value as Substance];
    case 'status':
      return CASE_STATUS_LABELS[value as CaseStatus];
    case 'lastUseAt':
      return dateTimeText(value as string);
    default:
      return String(value);
  }
}
