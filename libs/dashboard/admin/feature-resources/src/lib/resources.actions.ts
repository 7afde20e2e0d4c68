import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  ApiError,
  CreateResourceRequest,
  Page,
  ReferralResource,
  ReferralType,
  UpdateResourceRequest,
} from '@casebook/shared/contracts';

/** What an admin changed about a directory entry; picks the success message and where a failure shows. */
export type ResourceChange = 'created' | 'edited' | 'retired' | 'restored';

/** The fields an edit may change; `version` is added from the entry being edited. */
export type ResourceEdits = Omit<UpdateResourceRequest, 'version' | 'active'>;

/** What the admin does on the directory list. */
export const ResourcesPageActions = createActionGroup({
  source: 'Resources Page',
  events: {
    Opened: emptyProps(),
    'Search Changed': props<{ query: string }>(),
    'Type Filter Changed': props<{ resourceType: ReferralType | null }>(),
    'Page Changed': props<{ pageIndex: number; pageSize: number }>(),
    'Retire Confirmed': props<{ resource: ReferralResource }>(),
    'Restore Confirmed': props<{ resource: ReferralResource }>(),
  },
});

/** What the admin does in the entry dialog (new or edit). */
export const ResourceDialogActions = createActionGroup({
  source: 'Resource Dialog',
  events: {
    Opened: emptyProps(),
    'Create Submitted': props<{ request: CreateResourceRequest }>(),
    'Edit Submitted': props<{
      resource: ReferralResource;
      changes: ResourceEdits;
    }>(),
  },
});

/** Results of the `/api/resources` endpoints. */
export const ResourcesApiActions = createActionGroup({
  source: 'Resources API',
  events: {
    'Page Loaded': props<{ page: Page<ReferralResource> }>(),
    'Page Load Failed': props<{ error: ApiError }>(),
    'Resource Saved': props<{
      resource: ReferralResource;
      change: ResourceChange;
    }>(),
    /** `resource` is the entry as it was loaded; null for a create. */
    'Resource Save Failed': props<{
      error: ApiError;
      change: ResourceChange;
      resource: ReferralResource | null;
    }>(),
  },
});
