import { Module } from '@nestjs/common';
import { AuditedTransaction } from './audited-transaction';

/** Write helpers for feature libs; the connection itself is opened once by DatabaseRootModule. */
@Module({ providers: [AuditedTransaction], exports: [AuditedTransaction] })
export class DbModule {}
