import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** RCPT TO addresses of the SMTP transaction. */
  to: string[];
  mail: ParsedMail;
}

/**
 * A real SMTP server on loopback that keeps what it receives, parsed. It can be stopped and
 * started again on the same port (an outage), and refuse chosen mailboxes for good (550).
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private readonly refused = new Set<string>();
  private server: SMTPServer | null = null;
  private port = 0;
  private accepted = 0;

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await sink.listen();
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  refuse(address: string): void {
    this.refused.add(address.toLowerCase());
  }

  /** Starts again on the port it had (after stop). */
  async listen(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.refused.has(address.address.toLowerCase())) return callback();
        callback(Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
            this.accepted += 1;
            callback(null, `queued as SINK${this.accepted}`);
          })
          .catch(callback);
      },
    });
    await new Promise<void>((ready, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => ready());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Closes the port: senders get "connection refused" until listen() is called again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((done) => server.close(() => done()));
  }
}
