import type { CreateUserRequest } from '@casebook/shared/contracts';

/**
 * Demo accounts added by `DEMO_DATA=1` on an empty database. Their passwords are published
 * in the README, which is why config refuses DEMO_DATA in production.
 */
export const DEMO_ACCOUNTS: readonly CreateUserRequest[] = [
  {
    username: 'counselor',
    displayName: 'Casey Counselor',
    role: 'counselor',
    password: 'counselor-demo-1',
  },
  {
    username: 'supervisor',
    displayName: 'Sky Supervisor',
    role: 'supervisor',
    password: 'supervisor-demo-1',
  },
  {
    username: 'admin',
    displayName: 'Alex Admin',
    role: 'admin',
    password: 'admin-demo-pass-1',
  },
];
