import { createTransport, Transporter } from 'nodemailer';
import { ClaimedMail } from '../outgoing-mail';
import { MailTransport, messageOf } from './mail-transport';

/**
 * Delivery over SMTP_URL. Timeouts are short and bounded (well inside the outbox lease): a
 * server that hangs fails the attempt, and the queue retries it later.
 */
export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  }

  async ready(): Promise<boolean> {
    return this.transporter.verify().then(
      () => true,
      () => false,
    );
  }

  async send(mail: ClaimedMail): Promise<string> {
    const info = (await this.transporter.sendMail(messageOf(mail, this.from))) as { response?: string };
    return info.response ?? 'accepted';
  }
}
