export * from './db.module';
export * from './audited-transaction';
