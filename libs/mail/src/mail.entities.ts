import { MailOutboxMessage } from './mail-outbox.entity';

export const MAIL_ENTITIES = [MailOutboxMessage] as const;
