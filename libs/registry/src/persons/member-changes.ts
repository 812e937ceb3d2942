import { Repository } from 'typeorm';
import { badInput } from '@app/common';
import { Relation } from '../enums/person.enums';
import { AddPersonInput, UpdatePersonInput } from './dtos/add-person.input';
import { Person } from './person.entity';
import { personConsistencyProblems } from './person-consistency';

/** A member as an add would write them, judged by the rules spanning several fields. */
export function newMember(repository: Repository<Person>, input: AddPersonInput): Person {
  return consistent(repository.create(input));
}

/** A member as an update would leave them: the head stays the head while a member. */
export function changedMember(repository: Repository<Person>, person: Person, input: UpdatePersonInput): Person {
  if (person.relation === Relation.HEAD && !person.leftOn && input.relation && input.relation !== Relation.HEAD) {
    throw badInput([{ field: 'relation', reason: 'the head of household stays the head while a member: a household always has one' }]);
  }
  return consistent(repository.merge(person, input));
}

function consistent(person: Person): Person {
  const problems = personConsistencyProblems(person);
  if (problems.length > 0) throw badInput(problems);
  return person;
}
