import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  COACH = 'COACH',
  LEARNER = 'LEARNER',
}

registerEnumType(Role, { name: 'Role', description: 'A role a user holds; all but ADMIN are held within one partner.' });
