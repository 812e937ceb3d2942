import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { scrub, scrubDeep } from './scrub';

describe('scrub', () => {
  it('hides resident IDs, mobile numbers and tokens in any text', () => {
    expect(scrub('Key (resident_id)=(45012319800101123X) already exists')).toBe('Key (resident_id)=([resident-id]) already exists');
    expect(scrub('call 13800138000 or +86 13912345678')).toBe('call [phone] or [phone]');
    expect(scrub('Authorization: Bearer abc.def-ghi_jkl')).toBe('Authorization: Bearer [token]');
    expect(scrub('token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl')).toBe('token [token]');
  });

  it('leaves ids, periods, codes and longer numbers alone', () => {
    const text = 'site 6f1c2a52-93e4-4a0c-8d6f-0d1b6e0b8f11 period 2026-10 division 450123 job outbox-1 took 1234567 ms; 1234567890123456789012';
    expect(scrub(text)).toBe(text);
  });

  it('reaches into objects and errors without changing their shape', () => {
    const error = new Error('bad 450123198001011234');
    const scrubbed = scrubDeep({ msg: 'x', err: error, list: ['13800138000'], n: 3 });
    expect(scrubbed.err).toBeInstanceOf(Error);
    expect(scrubbed.err.message).toBe('bad [resident-id]');
    expect(scrubbed.err.stack).not.toContain('450123198001011234');
    expect(scrubbed.list).toEqual(['[phone]']);
    expect(scrubbed.n).toBe(3);
    expect(error.message).toBe('bad 450123198001011234');
  });

  it('passes event emitters (a request, a response, a socket) through untouched, and scrubs what sits beside them', () => {
    const response = new ServerResponse(new IncomingMessage(new Socket()));
    const scrubbed = scrubDeep({ res: response, note: 'call 13800138000' });
    expect(scrubbed.res).toBe(response);
    expect(scrubbed.note).toBe('call [phone]');
  });
});
