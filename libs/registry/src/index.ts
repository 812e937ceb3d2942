// The module, its entities and GraphQL surface
export * from './registry.module';
export * from './registry.entities';
export * from './registry.resolvers';
export * from './registry.loaders';
export * from './graphql-context';
export { Division } from './divisions/division.entity';
export { Site } from './sites/site.entity';
export { Household } from './households/household.entity';
export { Person } from './persons/person.entity';
// Services other features call
export { DivisionService } from './divisions/division.service';
export { SiteService } from './sites/site.service';
export { HouseholdService } from './households/household.service';
export { PersonService } from './persons/person.service';
export { type HouseholdWriteHook, HouseholdWriteHooks } from './households/household-write-hooks';
// Writes of many records at once (a county's register from an import)
export { RegisterSetWrites } from './sets/register-set-writes.service';
export { type HouseholdEntry, type MemberEntry, type RegisterSet, type RegisterSetList, SetEntryRefused } from './sets/register-set';
export { extendHouseholdFilter, type HouseholdFilterExtension } from './households/household-filter.extensions';
export { CreateHouseholdInput, FIRST_RELOCATION_YEAR, LAST_RELOCATION_YEAR, UpdateHouseholdInput } from './households/dtos/create-household.input';
export { AddPersonInput, UpdatePersonInput } from './persons/dtos/add-person.input';
// Rules spanning several fields, for callers that validate records before writing them (imports)
export { householdConsistencyProblems } from './households/household-consistency';
export { personConsistencyProblems } from './persons/person-consistency';
export { UpdateSiteInput } from './sites/dtos/create-site.input';
export { assertExchangesRosters, assertWritesRecords, noSuchReference, UUID_PATTERN } from './registry.errors';
// The records in SQL: the relations other features may read
export * from './sql/registry-relations';
// History
export { HistoryEntry } from './history/history-entry.type';
export { recordChanges } from './history/record-changes';
// Enumerations of the records
export { UNIT_LEVEL_LABELS, UnitLevel } from './enums/division.enums';
export { ConstructionMode, ConstructionStatus, FacilityStatus, PlacementType } from './enums/site.enums';
export {
  HOUSEHOLD_TYPE_LABELS,
  HouseholdType,
  INCOME_SOURCE_LABELS,
  IncomeSource,
  OLD_HOUSE_DISPOSITION_LABELS,
  OLD_HOUSE_STRUCTURE_LABELS,
  OldHouseDisposition,
  OldHouseStructure,
  ORIGIN_LAND_USE_LABELS,
  ORIGIN_TYPE_LABELS,
  OriginLandUse,
  OriginType,
  POVERTY_STATUS_LABELS,
  PovertyStatus,
} from './enums/household.enums';
export {
  EDUCATION_LEVEL_LABELS,
  EducationLevel,
  EMPLOYED_STATUSES,
  EMPLOYMENT_STATUS_LABELS,
  ETHNICITY_LABELS,
  GENDER_LABELS,
  HEALTH_STATUS_LABELS,
  JOIN_REASON_LABELS,
  RELATION_LABELS,
  SCHOOL_STAGE_LABELS,
  SCHOOLING_STATUS_LABELS,
  EmploymentStatus,
  Ethnicity,
  Gender,
  HealthStatus,
  JoinReason,
  LeaveReason,
  Relation,
  SchoolingStatus,
  SchoolStage,
} from './enums/person.enums';
// Resident ID numbers (GB 11643)
export { parseResidentId, residentIdCheckCharacter, residentIdMismatches } from './resident-id/resident-id';
