import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbModule } from '@app/db';
import { DivisionResolver } from './divisions/division.resolver';
import { DivisionService } from './divisions/division.service';
import { HistoryService } from './history/history.service';
import { JurisdictionDirectory } from '@app/access/users/jurisdiction-directory';
import { RegistryJurisdictionDirectory } from './divisions/registry-jurisdiction-directory';
import { HouseholdResolver } from './households/household.resolver';
import { HouseholdWriteHooks } from './households/household-write-hooks';
import { HouseholdService } from './households/household.service';
import { PersonResolver } from './persons/person.resolver';
import { PersonService } from './persons/person.service';
import { REGISTRY_ENTITIES } from './registry.entities';
import { RegistryLoaderFactory } from './registry.loaders';
import { SiteResolver } from './sites/site.resolver';
import { SiteService } from './sites/site.service';

@Module({
  imports: [TypeOrmModule.forFeature([...REGISTRY_ENTITIES]), DbModule],
  providers: [
    DivisionService,
    SiteService,
    HouseholdService,
    HouseholdWriteHooks,
    PersonService,
    HistoryService,
    RegistryLoaderFactory,
    { provide: JurisdictionDirectory, useClass: RegistryJurisdictionDirectory },
    DivisionResolver,
    SiteResolver,
    HouseholdResolver,
    PersonResolver,
  ],
  exports: [HouseholdWriteHooks, DivisionService, SiteService, HouseholdService, PersonService, RegistryLoaderFactory, JurisdictionDirectory],
})
export class RegistryModule {}
