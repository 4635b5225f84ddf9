import { Credentials1764400000000 } from '../database/migrations/1764400000000-credentials.js';
import { CredentialDataIntegrity1796192748484 } from '../database/migrations/1796192748484-credential-data-integrity.js';
import { CredentialActivity1796209190850 } from '../database/migrations/1796209190850-credential-activity.js';
import { CredentialEntity } from './entities/credential.entity.js';
import { IssuerKeyEntity } from './entities/issuer-key.entity.js';

/** The credential domain's TypeORM entities and migrations, registered by database/data-source.ts. */
export const credentialEntities: (new () => unknown)[] = [IssuerKeyEntity, CredentialEntity];
export const credentialMigrations: (new () => unknown)[] = [
  Credentials1764400000000,
  CredentialDataIntegrity1796192748484,
  CredentialActivity1796209190850,
];
