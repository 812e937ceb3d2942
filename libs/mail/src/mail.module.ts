import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/common';
import { MailDelivery } from './mail-delivery.service';
import { MAIL_ENTITIES } from './mail.entities';
import { MailOutbox } from './mail-outbox.service';
import { OutboxClaims } from './outbox-claims';
import { OutboxDispatch } from './outbox-dispatch';
import { EmlFileTransport } from './transports/eml-file.transport';
import { MailTransport } from './transports/mail-transport';
import { SmtpMailTransport } from './transports/smtp.transport';

/** The mail outbox and its delivery; needs JobsModule (global) in the app. */
@Module({
  imports: [TypeOrmModule.forFeature([...MAIL_ENTITIES])],
  providers: [
    MailOutbox,
    OutboxDispatch,
    OutboxClaims,
    MailDelivery,
    {
      provide: MailTransport,
      inject: [AppConfig],
      useFactory: (config: AppConfig): MailTransport =>
        config.SMTP_URL ? new SmtpMailTransport(config.SMTP_URL, config.MAIL_FROM) : new EmlFileTransport(join(config.DATA_DIR, 'mail'), config.MAIL_FROM),
    },
  ],
  exports: [MailOutbox, MailDelivery],
})
export class MailModule {}
