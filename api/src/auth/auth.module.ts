import { Global, Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver.js';
import { AccountResolver } from './account.resolver.js';
import { AuthService } from './auth.service.js';
import { SessionService } from './session.service.js';
import { PasswordLimiter } from './password-limiter.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { AuthGuard } from './guards/auth.guard.js';

@Global()
@Module({
  providers: [AuthResolver, AccountResolver, AuthService, SessionService, PasswordLimiter, PasswordResetService, AuthGuard],
  exports: [AuthService, SessionService, PasswordLimiter, PasswordResetService, AuthGuard],
})
export class AuthModule {}
