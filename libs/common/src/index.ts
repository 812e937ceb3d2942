// Configuration
export * from './config/app-config';
export * from './config/app-config.module';
export { redisConnectionOptions } from './config/redis-connection';
export { loadEnvFile } from './config/env-file';
// Errors and their GraphQL shape
export * from './errors/domain-error';
export { DomainErrorFilter } from './errors/domain-error.filter';
export { domainErrorExtensions, formatGraphQLError } from './errors/graphql-error.mapping';
export { clientErrorOf, isTransientFailure } from './errors/transient-failure';
// Logging
export * from './logging/log-context';
// GraphQL helpers
export * from './graphql/scalars';
export { registerLabelledEnum } from './graphql/register-labelled-enum';
export { declareFieldReads, propertiesToLoad } from './graphql/field-reads';
export { selectedFields } from './graphql/selected-fields';
export { installPlainFieldResolvers, PlainFieldResolver } from './graphql/plain-field-resolver';
// Pagination
export * from './pagination/connection';
export * from './pagination/keyset-page';
export { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize } from './pagination/cursor';
// Input validation
export { GraphQLValidationPipe } from './validation/graphql-validation.pipe';
export { NotInFuture, todayInShanghai } from './validation/not-in-future';
export * from './validation/is-division-code';
export { FitsNumeric } from './validation/fits-numeric';
export { dateOrderProblems } from './validation/date-order';
// Domain values every feature shares
export * from './divisions/division-code';
export { maskPhone, maskRecordValues, maskResidentId, namesPersonalNumber } from './personal-data/mask';
export * from './personal-data/personal-data-field';
// Persistence helpers
export { numericTransformer } from './persistence/column-transformers';
export { VersionedRecord } from './persistence/versioned-columns';
// Uploads
export { type FileReceiver, missingFile, type MultipartUpload, readMultipart, type UploadTimeouts } from './upload/multipart-reader';
export { displayName } from './upload/original-name';
// Workbooks staff print
export { type PrintableColumn, printableSheet, type PrintableSheetLayout, SHEET_FONT, THIN_BORDERS } from './spreadsheet/printable-sheet';
