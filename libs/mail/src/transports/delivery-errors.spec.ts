import { describeDeliveryError, isPermanentRejection } from './delivery-errors';

describe('delivery errors', () => {
  it.each([
    [{ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 no such user' }, true],
    [{ code: 'EMESSAGE', responseCode: 554, response: '554 rejected' }, true],
    [{ code: 'EENVELOPE', responseCode: 451, response: '451 try again later' }, false],
    [{ code: 'EAUTH', responseCode: 535, response: '535 bad credentials' }, false],
    [{ code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:2525' }, false],
    [new Error('boom'), false],
  ])('%j is permanent: %s', (error, permanent) => {
    expect(isPermanentRejection(error)).toBe(permanent);
  });

  it('describes an error by code and what the server said', () => {
    expect(describeDeliveryError({ code: 'EENVELOPE', response: '550 no such user' })).toBe('EENVELOPE: 550 no such user');
    expect(describeDeliveryError(new Error('boom'))).toBe('boom');
  });
});
