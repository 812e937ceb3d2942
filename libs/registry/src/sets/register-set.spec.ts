import { badInput, DomainError } from '@app/common';
import { conflictRefusal, judged, SetEntryRefused } from './register-set';

/** What node-postgres reports for a unique violation, as TypeORM wraps it. */
const uniqueViolation = (detail: string) => Object.assign(new Error('duplicate key value violates unique constraint'), { driverError: { code: '23505', detail } });
const taken = (error: unknown) => ((error as { driverError?: { code?: string } }).driverError?.code === '23505' ? badInput([{ field: 'idNumber', reason: 'is taken' }]) : error);

describe('refusals of a set entry', () => {
  it('names the entry whose rule refused it', () => {
    const refusal = badInput([{ field: 'laborCount', reason: 'too many' }]);
    const thrown = (() => {
      try {
        judged('members', 4, () => {
          throw refusal;
        });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(SetEntryRefused);
    expect(thrown).toMatchObject({ list: 'members', index: 4, cause: refusal });
  });

  it('names the entry holding the key a unique violation names', () => {
    const holders = new Map([
      ['id_number=450123197005010011', 2],
      ['household_id=8d4f0c3e-0000-4000-8000-000000000001', 0],
    ]);
    const refused = conflictRefusal(uniqueViolation('Key (id_number)=(450123197005010011) already exists.'), 'members', holders, taken);
    expect(refused).toBeInstanceOf(SetEntryRefused);
    expect(refused).toMatchObject({ list: 'members', index: 2, cause: { fields: [{ field: 'idNumber', reason: 'is taken' }] } });
  });

  it('leaves the refusal unnamed when no entry of the statement holds the key, and other errors as they are', () => {
    const refused = conflictRefusal(uniqueViolation('Key (id_number)=(450123199001010022) already exists.'), 'members', new Map(), taken);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).not.toBeInstanceOf(SetEntryRefused);
    const lost = new Error('Connection terminated');
    expect(conflictRefusal(lost, 'members', new Map(), taken)).toBe(lost);
  });
});
