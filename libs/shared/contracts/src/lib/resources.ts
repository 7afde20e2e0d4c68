import type { ReferralType } from './calls';

/** A place or service counselors refer callers to, kept by admins. */
export interface ReferralResource {
  id: string;
  name: string;
  type: ReferralType;
  /** E.164, or a US short dialling code as its digits ("988", "211"; ADR 26). */
  phone: string | null;
  /** Free text as the service states it: "Mon–Fri 8–18, walk-in until 14". */
  hours: string | null;
  /** Languages spoken, as written by the admin: "English", "Spanish". */
  languages: string[];
  notes: string | null;
  /** A national line (988, SAMHSA's helpline, Poison Control) rather than a local service. */
  national: boolean;
  active: boolean;
  updatedAt: string;
  version: number;
}

/** `POST /api/resources` (admin). */
export interface CreateResourceRequest {
  name: string;
  type: ReferralType;
  phone?: string | null;
  hours?: string | null;
  languages?: string[];
  notes?: string | null;
  /** Defaults to false. */
  national?: boolean;
}

/** `PATCH /api/resources/:id` (admin): any subset plus `version`; `active:false` retires it. */
export interface UpdateResourceRequest extends Partial<CreateResourceRequest> {
  version: number;
  active?: boolean;
}
