/** A plain-text e-mail a feature wants sent, once per dedupe key. */
export interface OutgoingMail {
  /** Identifies the mail's subject and recipient, e.g. `redline-violation/<id>/<address>`. */
  dedupeKey: string;
  to: string;
  subject: string;
  text: string;
}

/** An outbox row claimed for delivery: everything needed to build the identical message again. */
export interface ClaimedMail {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  messageId: string;
  createdAt: Date;
}
