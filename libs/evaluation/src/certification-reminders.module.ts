import { DynamicModule, Module } from '@nestjs/common';
import { MailModule } from '@app/mail';
import { CertificationReminders } from './certification/certification-reminders';

/** The sign-off reminders the worker sends by the clock. */
@Module({})
export class CertificationRemindersModule {
  /** @param accessModule the app's AccessModule (alert subscriptions say who is reminded), shared rather than built again. */
  static forRoot(accessModule: DynamicModule): DynamicModule {
    return { module: CertificationRemindersModule, imports: [MailModule, accessModule], providers: [CertificationReminders], exports: [CertificationReminders] };
  }
}
