import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { Role } from '../common/role.js';
import { IssuerKeyModel } from './dto/issuer-key.model.js';
import { IssuerKeyService } from './issuer-key.service.js';

@Resolver(() => IssuerKeyModel)
@UseGuards(AuthGuard)
export class IssuerKeyResolver {
  constructor(private readonly keys: IssuerKeyService) {}

  @Allow(Role.ADMIN)
  @Query(() => [IssuerKeyModel], {
    description: 'Every issuer signing key, the active one first, then the retired ones newest first (admins).',
  })
  issuerKeys(): Promise<IssuerKeyModel[]> {
    return this.keys.list();
  }
}
