import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbModule } from '@app/db';
import { JurisdictionDirectory } from '@app/access';
import { REGISTRY_RESOLVERS } from './registry.resolvers';
import { DivisionService } from './divisions/division.service';
import { HistoryService } from './history/history.service';
import { RegistryJurisdictionDirectory } from './divisions/registry-jurisdiction-directory';
import { HouseholdWriteHooks } from './households/household-write-hooks';
import { HouseholdService } from './households/household.service';
import { PersonService } from './persons/person.service';
import { REGISTRY_ENTITIES } from './registry.entities';
import { RegistryLoaderFactory } from './registry.loaders';
import { RegisterSetWrites } from './sets/register-set-writes.service';
import { SiteService } from './sites/site.service';

@Module({
  imports: [TypeOrmModule.forFeature([...REGISTRY_ENTITIES]), DbModule],
  providers: [
    ...REGISTRY_RESOLVERS,
    DivisionService,
    SiteService,
    HouseholdService,
    HouseholdWriteHooks,
    PersonService,
    RegisterSetWrites,
    HistoryService,
    RegistryLoaderFactory,
    { provide: JurisdictionDirectory, useClass: RegistryJurisdictionDirectory },
  ],
  exports: [HouseholdWriteHooks, DivisionService, SiteService, HouseholdService, PersonService, RegisterSetWrites, RegistryLoaderFactory, JurisdictionDirectory],
})
export class RegistryModule {}
