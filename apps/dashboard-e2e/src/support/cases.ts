import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { CallRecord, CaseRecord } from '@casebook/shared/contracts';

/** Creates a case over the API for a test to look up; the alias carries a unique suffix. */
export async function createCase(
  request: APIRequestContext,
  token: string,
  body: {
    alias: string;
    phone?: string;
    alert?: string;
    primarySubstance?: string;
    coUsedSubstances?: string[];
  },
): Promise<CaseRecord> {
  const response = await request.post('/api/cases', {
    headers: { Authorization: `Bearer ${token}` },
    data: body,
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as CaseRecord;
}

export async function readCall(
  request: APIRequestContext,
  token: string,
  id: string,
): Promise<CallRecord> {
  const response = await request.get(`/api/calls/${id}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as CallRecord;
}

/** A fictional North American number (555-01xx), different on each run. */
export function fictionalPhone(): string {
  return `(415) 555-01${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
}

/** The call id at the end of a call screen's address. */
export function callIdOf(page: Page): string {
  return page.url().split('/').pop() ?? '';
}
