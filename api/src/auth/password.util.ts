import { hash, verify } from '@node-rs/argon2';

// Argon2id (value 2 of @node-rs/argon2's const enum Algorithm) with OWASP's suggested cost
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // an account without a password still costs one verification, so timing does not tell it apart
  const target = passwordHash ?? DUMMY_HASH;
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$WxRIxr2k0bnqKzHBDGAxP6kTm4GqVj2E3Aybqz4Y3Ro';
