import { CredentialStatus } from '@beacon/domain';

/** REVOKED once revoked, EXPIRED once past its validity, ACTIVE otherwise. */
export function credentialStatus(c: { revokedAt: Date | null; validUntil: Date | null }, now: Date): CredentialStatus {
  if (c.revokedAt) return CredentialStatus.REVOKED;
  return c.validUntil && c.validUntil.getTime() < now.getTime() ? CredentialStatus.EXPIRED : CredentialStatus.ACTIVE;
}
