import { outboxMessageId } from './message-id';

describe('outboxMessageId', () => {
  it('uses the domain of the sender address, with or without a display name', () => {
    expect(outboxMessageId('a1', '易地扶贫搬迁工作调度系统 <noreply@gxfp.gov.cn>')).toBe('<outbox.a1@gxfp.gov.cn>');
    expect(outboxMessageId('a1', 'noreply@example.org')).toBe('<outbox.a1@example.org>');
  });

  it('falls back to a fixed domain when the sender has none', () => {
    expect(outboxMessageId('a1', 'noreply')).toBe('<outbox.a1@relocation.local>');
  });
});
