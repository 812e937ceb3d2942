export * from './config/app-config';
export * from './config/app-config.module';
export * from './errors/domain-error';
export * from './graphql/scalars';
export * from './pagination/connection';
export * from './pagination/keyset-page';
