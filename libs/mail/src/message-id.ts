/** The Message-ID of an outbox row, in the sender's own domain as RFC 5322 recommends. */
export function outboxMessageId(outboxId: string, mailFrom: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'relocation.local';
  return `<outbox.${outboxId}@${domain}>`;
}
