import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { ClaimedMail } from '../outgoing-mail';
import { MailTransport, messageOf } from './mail-transport';

/**
 * Without SMTP_URL (the quick start), each message is written as an .eml file that any mail
 * program opens. The name comes from the row, so writing it again replaces the same file.
 */
export class EmlFileTransport extends MailTransport {
  private readonly composer: Transporter;

  constructor(
    private readonly directory: string,
    private readonly from: string,
  ) {
    super();
    this.composer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** A directory is always there to write to. */
  async ready(): Promise<boolean> {
    return true;
  }

  async send(mail: ClaimedMail): Promise<string> {
    const { message } = (await this.composer.sendMail(messageOf(mail, this.from))) as { message: Buffer };
    await mkdir(this.directory, { recursive: true });
    const stamp = mail.createdAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const file = join(this.directory, `${stamp}-${mail.id}.eml`);
    // Whole or absent: a reader never sees half a message, even if the worker dies mid-write.
    await writeFile(`${file}.partial`, message);
    await rename(`${file}.partial`, file);
    return `written to ${file}`;
  }
}
