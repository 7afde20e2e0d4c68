/** The demo accounts the e2e server creates (DEMO_DATA=1); passwords as in the README. */
export const DEMO = {
  counselor: {
    username: 'counselor',
    password: 'counselor-demo-1',
    displayName: 'Casey Counselor',
  },
  supervisor: {
    username: 'supervisor',
    password: 'supervisor-demo-1',
    displayName: 'Sky Supervisor',
  },
  admin: {
    username: 'admin',
    password: 'admin-demo-pass-1',
    displayName: 'Alex Admin',
  },
} as const;

export type DemoAccount = (typeof DEMO)[keyof typeof DEMO];
