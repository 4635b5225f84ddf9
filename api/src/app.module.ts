import { Global, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { APP_FILTER } from '@nestjs/core';
import { HttpErrorFilter } from './common/http-error.filter.js';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { DATABASE_URL } from './database/database.tokens.js';
import { createLoaders } from './common/loaders.js';
import { graphqlErrorFormatter } from './common/graphql-errors.js';
import {
  GRAPHQL_LIMITS,
  limitDocumentSize,
  operationLimitsRule,
  requireParsedDocument,
  requireWellFormedVariables,
} from './common/graphql-limits.js';
import { applyInputDefaults, variablesInInputLiteralsRule } from './common/graphql-input-defaults.js';
import { JobsModule } from './jobs/jobs.module.js';
import { AuthModule } from './auth/auth.module.js';
import { PartnerModule } from './partner/partner.module.js';
import { NotificationModule } from './notification/notification.module.js';
import { HealthController } from './health/health.controller.js';
import { MetricsService } from './health/metrics.service.js';
import { ProgrammeModule } from './programme/programme.module.js';
import { CohortModule } from './cohort/cohort.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { GradingModule } from './grading/grading.module.js';
import { BookingModule } from './booking/booking.module.js';
import { CredentialModule } from './credential/credential.module.js';
import { OutcomeModule } from './outcome/outcome.module.js';

export interface AppDeps {
  config: AppConfig;
  db: DataSource;
  databaseUrl: string;
  logger: Logger;
}

const schemaFile = fileURLToPath(new URL('../schema.gql', import.meta.url));

@Global()
@Module({})
class CoreModule {
  static register(deps: AppDeps): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: deps.config },
      { provide: DataSource, useValue: deps.db },
      { provide: DATABASE_URL, useValue: deps.databaseUrl },
      { provide: 'ROOT_LOGGER', useValue: deps.logger },
    ];
    return { module: CoreModule, providers, exports: providers.map((p) => p.provide) };
  }
}

const domainModules = [
  JobsModule,
  AuthModule,
  NotificationModule,
  PartnerModule,
  ProgrammeModule,
  CohortModule,
  CalendarModule,
  GradingModule,
  BookingModule,
  CredentialModule,
  OutcomeModule,
];

@Module({})
export class AppModule {
  /** The API role serves HTTP and GraphQL; the worker role runs only services and job workers. */
  static register(deps: AppDeps): DynamicModule {
    if (deps.config.BEACON_ROLE === 'worker') {
      return { module: AppModule, imports: [CoreModule.register(deps), ...domainModules] };
    }
    const production = deps.config.NODE_ENV === 'production';
    return {
      module: AppModule,
      imports: [
        CoreModule.register(deps),
        ...domainModules,
        GraphQLModule.forRoot<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          path: '/graphql',
          // the committed schema.gql is regenerated on every non-production start
          autoSchemaFile: production ? true : schemaFile,
          sortSchema: true,
          graphiql: !production,
          // graphql-jit from a document's second run on; it leaves out input-field defaults that
          // graphql-js applies, so these are filled in before either runs (common/graphql-input-defaults.ts)
          jit: 1,
          // the limits of one request (depth, cost, aliases, size: common/graphql-limits.ts);
          // batched requests stay off
          allowBatchedQueries: false,
          graphql: { parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens } },
          hooks: {
            preParsing: limitDocumentSize,
            preValidation: requireParsedDocument,
            preExecution: [requireWellFormedVariables, applyInputDefaults],
          },
          validationRules: [operationLimitsRule(), variablesInInputLiteralsRule, ...(production ? [NoSchemaIntrospectionCustomRule] : [])],
          context: (req: unknown, reply: unknown) => ({ req, reply, loaders: createLoaders(deps.db) }),
          errorFormatter: graphqlErrorFormatter(deps.logger, { hideSuggestions: production }),
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }, MetricsService],
    };
  }
}
