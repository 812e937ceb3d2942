import type { SendMailOptions } from 'nodemailer';
import { ClaimedMail } from '../outgoing-mail';

/** Where mail goes: an SMTP server, or .eml files when none is configured. */
export abstract class MailTransport {
  /** Delivers one message; resolves with what the receiving side reported (kept on the outbox row). */
  abstract send(mail: ClaimedMail): Promise<string>;

  /** Whether a message could be handed over now (the server answers and accepts our login). */
  abstract ready(): Promise<boolean>;
}

/**
 * The message built from an outbox row. Every header comes from the row, so a second attempt
 * produces the very same message (same Message-ID and Date) and can be recognised as a repeat.
 */
export function messageOf(mail: ClaimedMail, from: string): SendMailOptions {
  return {
    from,
    to: mail.recipient,
    subject: mail.subject,
    text: mail.body,
    messageId: mail.messageId,
    date: mail.createdAt,
    // RFC 3834: an automatic notice; out-of-office replies must not answer it.
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}
