/** The three roles of DESIGN.md ("Users and roles"); each includes less than the next only for PHI, not for admin work. */
export const ROLES = ['counselor', 'supervisor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return (
    typeof value === 'string' && (ROLES as readonly string[]).includes(value)
  );
}
