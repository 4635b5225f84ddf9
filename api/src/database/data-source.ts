import { DataSource, type DataSourceOptions } from 'typeorm';
import { UserEntity } from '../auth/entities/user.entity.js';
import { SessionEntity } from '../auth/entities/session.entity.js';
import { PasswordResetEntity } from '../auth/entities/password-reset.entity.js';
import { PartnerEntity } from '../partner/entities/partner.entity.js';
import { MembershipEntity } from '../partner/entities/membership.entity.js';
import { InvitationEntity } from '../partner/entities/invitation.entity.js';
import { OutboxMessageEntity } from '../notification/entities/outbox-message.entity.js';
import { ProgrammeEntity } from '../programme/entities/programme.entity.js';
import { ProgrammeVersionEntity } from '../programme/entities/programme-version.entity.js';
import { CohortEntity } from '../cohort/entities/cohort.entity.js';
import { CohortCoachEntity } from '../cohort/entities/cohort-coach.entity.js';
import { EnrolmentEntity } from '../cohort/entities/enrolment.entity.js';
import { LiveSessionEntity } from '../cohort/entities/live-session.entity.js';
import { AttendanceEntity } from '../cohort/entities/attendance.entity.js';
import { ContentProgressEntity } from '../cohort/entities/content-progress.entity.js';
import { IdempotentMutationsCoachNotes1796192525678 } from './migrations/1796192525678-idempotent-mutations-coach-notes.js';
import { gradingEntities, gradingMigrations } from '../grading/grading.schema.js';
import { bookingEntities, bookingMigrations } from '../booking/booking.schema.js';
import { credentialEntities, credentialMigrations } from '../credential/credential.schema.js';
import { outcomeEntities, outcomeMigrations } from '../outcome/outcome.schema.js';
import { Initial1764000000000 } from './migrations/1764000000000-initial.js';
import { ProgrammesCohorts1764100000000 } from './migrations/1764100000000-programmes-cohorts.js';
import { Performance1764500000000 } from './migrations/1764500000000-performance.js';
import { ViewerCache1764600000000 } from './migrations/1764600000000-viewer-cache.js';
import { SubmissionQueueColumns1764700000000 } from './migrations/1764700000000-submission-queue-columns.js';
import { CoachRemoval1796192346910 } from './migrations/1796192346910-coach-removal.js';
import { CleanPersonNames1796192590750 } from './migrations/1796192590750-clean-person-names.js';
import { OutboxQueuedIndex1796192735120 } from './migrations/1796192735120-outbox-queued-index.js';
import { Accounts1796192424743 } from './migrations/1796192424743-accounts.js';
import { LiveSessionSequence1796192472760 } from './migrations/1796192472760-live-session-sequence.js';
import { Operations1796193289790 } from './migrations/1796193289790-operations.js';
import { OutboxHtmlLocale1796193400000 } from './migrations/1796193400000-outbox-html-locale.js';
import { QueryCountingLogger, queryCountingEnabled } from '../common/query-counter.js';

export const entities = [
  UserEntity,
  SessionEntity,
  PasswordResetEntity,
  PartnerEntity,
  MembershipEntity,
  InvitationEntity,
  OutboxMessageEntity,
  ProgrammeEntity,
  ProgrammeVersionEntity,
  CohortEntity,
  CohortCoachEntity,
  EnrolmentEntity,
  LiveSessionEntity,
  AttendanceEntity,
  ContentProgressEntity,
  ...gradingEntities,
  ...bookingEntities,
  ...credentialEntities,
  ...outcomeEntities,
];

export const migrations = [
  Initial1764000000000,
  ProgrammesCohorts1764100000000,
  ...gradingMigrations,
  ...bookingMigrations,
  ...credentialMigrations,
  Performance1764500000000,
  ViewerCache1764600000000,
  SubmissionQueueColumns1764700000000,
  CoachRemoval1796192346910,
  CleanPersonNames1796192590750,
  OutboxQueuedIndex1796192735120,
  Accounts1796192424743,
  ...outcomeMigrations,
  LiveSessionSequence1796192472760,
  IdempotentMutationsCoachNotes1796192525678,
  Operations1796193289790,
  OutboxHtmlLocale1796193400000,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // jit off: PostgreSQL's JIT compiles a dashboard's grouped query for half a second to save
    // milliseconds (seen on the outcome queries); Beacon's queries are short, so it never pays
    extra: { max: 20, options: '-c jit=off' },
    // BEACON_COUNT_QUERIES=1 (benchmarks): tally SQL per request; see common/query-counter.ts
    ...(queryCountingEnabled() ? { logger: new QueryCountingLogger() } : {}),
  };
}

/** Connects and applies pending migrations; used at start-up and by tests. */
export async function openDatabase(url: string): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  await ds.runMigrations();
  return ds;
}
