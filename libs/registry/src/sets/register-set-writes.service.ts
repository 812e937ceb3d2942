import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditedTransaction } from '@app/db';
import { Viewer } from '@app/access';
import { followHeads } from '../households/household-head';
import { HouseholdWriteHooks } from '../households/household-write-hooks';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import { assertWritesRecords } from '../registry.errors';
import { writeHeads } from './head-set';
import { writeHouseholds } from './household-set';
import { writeMembers } from './member-set';
import { RecordsetTable } from './recordset-table';
import { RegisterSet } from './register-set';

/**
 * Writes a register — thousands of households and their members — as a set: the outcome of its
 * single writes in order (createHousehold or updateHousehold for each household, then addPerson
 * or updatePerson for each member), judged by the same rules, with the same history, in a few
 * multi-row statements instead of a dozen round trips a row. The household write hooks run once,
 * over the households written, after their members are in. An entry refused by a rule, or by a
 * unique key at write time, refuses the set (SetEntryRefused names it) and nothing is written.
 */
@Injectable()
export class RegisterSetWrites {
  private readonly householdTable: RecordsetTable<Household>;
  private readonly personTable: RecordsetTable<Person>;

  constructor(
    @InjectRepository(Household) households: Repository<Household>,
    @InjectRepository(Person) persons: Repository<Person>,
    private readonly tx: AuditedTransaction,
    private readonly hooks: HouseholdWriteHooks,
  ) {
    this.householdTable = new RecordsetTable(households.metadata);
    this.personTable = new RecordsetTable(persons.metadata);
  }

  async write(viewer: Viewer, set: RegisterSet): Promise<void> {
    assertWritesRecords(viewer);
    await this.tx.run(viewer.username, async (manager) => {
      const households = await writeHouseholds(manager, viewer, set.households, this.householdTable);
      await writeHeads(manager, households, this.personTable);
      const members = await writeMembers(manager, viewer, set.members, this.personTable);
      await followHeads(manager, members);
      await this.hooks.run(
        manager,
        households.map((written) => written.household.id),
        viewer,
      );
    });
  }
}
