import { expect, type APIRequestContext } from '@playwright/test';
import type { LoginResponse, UserAccount } from '@casebook/shared/contracts';

/** Signs in over the API and returns a bearer token, for set-up steps that are not under test. */
export async function apiToken(
  request: APIRequestContext,
  username: string,
  password: string,
): Promise<string> {
  const response = await request.post('/api/auth/login', {
    data: { username, password },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as LoginResponse).accessToken;
}

export async function findAccount(
  request: APIRequestContext,
  token: string,
  username: string,
): Promise<UserAccount> {
  const response = await request.get('/api/users?pageSize=200', {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  const account = ((await response.json()).items as UserAccount[]).find(
    (u) => u.username === username,
  );
  if (!account) throw new Error(`no account ${username}`);
  return account;
}
