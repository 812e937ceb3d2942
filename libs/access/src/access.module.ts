import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/common';
import { ACCESS_RESOLVERS } from './access.resolvers';
import { ACCESS_ENTITIES } from './access.entities';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { ViewerCache } from './auth/viewer-cache';
import { signingKey } from './auth/signing-key';
import { AlertSubscriptionService } from './users/alert-subscription.service';
import { UserAdminService } from './users/user-admin.service';

/** '3600' means seconds; '30m', '12h', '7d' are passed through (validated by AppConfig). */
const jwtExpiry = (value: string): number | `${number}${'s' | 'm' | 'h' | 'd'}` =>
  /^\d+$/.test(value) ? Number(value) : (value as `${number}${'s' | 'm' | 'h' | 'd'}`);

@Module({})
export class AccessModule {
  /**
   * @param directoryModule a module exporting a JurisdictionDirectory (the registry's), passed
   * in by the app so access does not depend on the registry.
   */
  static forRoot(directoryModule: Type<unknown>): DynamicModule {
    return {
      module: AccessModule,
      imports: [
        directoryModule,
        TypeOrmModule.forFeature([...ACCESS_ENTITIES]),
        JwtModule.registerAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            secret: signingKey(config),
            signOptions: { expiresIn: jwtExpiry(config.JWT_EXPIRES_IN) },
            verifyOptions: { algorithms: ['HS256'] },
          }),
        }),
      ],
      providers: [...ACCESS_RESOLVERS, AuthService, LoginThrottle, ViewerCache, UserAdminService, AlertSubscriptionService, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [AuthService, AlertSubscriptionService],
    };
  }
}
