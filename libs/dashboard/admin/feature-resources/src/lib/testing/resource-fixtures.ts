import type { Page, ReferralResource } from '@casebook/shared/contracts';

/** A directory entry for specs; `id` also makes the name unique. */
export function resource(
  id: string,
  changes: Partial<ReferralResource> = {},
): ReferralResource {
  return {
    id,
    name: `Service ${id}`,
    type: 'detox',
    phone: '+12015550123',
    hours: 'Mon–Fri 8–18',
    languages: ['English'],
    notes: null,
    national: false,
    active: true,
    updatedAt: '2026-03-01T09:00:00.000Z',
    version: 1,
    ...changes,
  };
}

/** One page holding `items`, as the API sends it. */
export function page(
  items: ReferralResource[],
  total = items.length,
): Page<ReferralResource> {
  return { items, total, page: 1, pageSize: 25 };
}
