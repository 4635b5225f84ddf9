import { DataSource, type DataSourceOptions } from 'typeorm';
import { UserEntity } from '../auth/entities/user.entity.js';
import { SessionEntity } from '../auth/entities/session.entity.js';
import { LoginAttemptEntity } from '../auth/entities/login-attempt.entity.js';
import { PartnerEntity } from '../partner/entities/partner.entity.js';
import { MembershipEntity } from '../partner/entities/membership.entity.js';
import { InvitationEntity } from '../partner/entities/invitation.entity.js';
import { OutboxMessageEntity } from '../notification/entities/outbox-message.entity.js';
import { Initial1764000000000 } from './migrations/1764000000000-initial.js';

export const entities = [
  UserEntity,
  SessionEntity,
  LoginAttemptEntity,
  PartnerEntity,
  MembershipEntity,
  InvitationEntity,
  OutboxMessageEntity,
];

export const migrations = [Initial1764000000000];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 20 },
  };
}

/** Connects and applies pending migrations; used at start-up and by tests. */
export async function openDatabase(url: string): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  await ds.runMigrations();
  return ds;
}
