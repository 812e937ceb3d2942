/** What nodemailer attaches to a failed delivery. */
interface NodemailerError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * Whether the server refused this very message or recipient for good (5xx to RCPT or DATA).
 * Everything else — connection refused, timeouts, 4xx, and 5xx to login, which a fixed
 * configuration cures — is worth retrying.
 */
export function isPermanentRejection(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as NodemailerError;
  return (code === 'EENVELOPE' || code === 'EMESSAGE') && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}

export function describeDeliveryError(error: unknown): string {
  const { code, response, message } = (error ?? {}) as NodemailerError;
  return [code, response ?? message ?? String(error)].filter(Boolean).join(': ').slice(0, 1000);
}
