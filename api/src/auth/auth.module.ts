import { Global, Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SessionService } from './session.service.js';
import { AuthGuard } from './guards/auth.guard.js';

@Global()
@Module({
  providers: [AuthResolver, AuthService, SessionService, AuthGuard],
  exports: [AuthService, SessionService, AuthGuard],
})
export class AuthModule {}
