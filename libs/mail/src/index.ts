export * from './mail.module';
export * from './mail.entities';
export { MailOutbox } from './mail-outbox.service';
export { MailDelivery } from './mail-delivery.service';
export { type OutgoingMail } from './outgoing-mail';
export { MailTransport } from './transports/mail-transport';
