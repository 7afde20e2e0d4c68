import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and a fresh salt each time', async () => {
    const first = await hasher.hash('correct horse battery');
    const second = await hasher.hash('correct horse battery');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hasher.hash('correct horse battery');
    expect(await hasher.verify(hash, 'correct horse battery')).toBeTrue();
    expect(await hasher.verify(hash, 'correct horse battery ')).toBeFalse();
  });

  it("refuses when there is no hash (unknown user), even for the decoy's own password", async () => {
    expect(
      await hasher.verify(null, 'decoy password for unknown users'),
    ).toBeFalse();
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await hasher.verify('not-a-hash', 'anything')).toBeFalse();
  });
});
