import { FieldProblem } from '@app/common';
import { parseResidentId, residentIdMismatches } from '../resident-id/resident-id';
import { Person } from './person.entity';

/**
 * Rules that span several fields of a person, checked on the person as it would be after the
 * write: the ID number must agree with the stated birth date and gender; joining cannot precede birth.
 */
export function personConsistencyProblems(person: Pick<Person, 'idNumber' | 'birthDate' | 'gender'> & { joinedOn?: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const parsed = parseResidentId(person.idNumber);
  if (parsed.ok) {
    for (const mismatch of residentIdMismatches(parsed.value, { birthDate: person.birthDate, gender: person.gender })) {
      problems.push({ field: 'idNumber', reason: mismatch.message });
    }
  }
  if (person.joinedOn && person.joinedOn < person.birthDate) {
    problems.push({ field: 'joinedOn', reason: `must not be before the birth date ${person.birthDate}` });
  }
  return problems;
}
