import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndicatorsModule } from '@app/indicators';
import { RegistryModule } from '@app/registry';
import { ReportSnapshotModule } from '@app/reports';
import { BULLETIN_ENTITIES } from './bulletin.entities';
import { BulletinFiles } from './files/bulletin-files.service';
import { BulletinStore } from './files/bulletin-store';
import { BulletinController } from './http/bulletin.controller';
import { BulletinPublisher } from './jobs/bulletin-publisher.service';
import { BulletinSource } from './source/bulletin-source.service';

const imports = [TypeOrmModule.forFeature([...BULLETIN_ENTITIES]), RegistryModule, IndicatorsModule, ReportSnapshotModule];
const providers = [BulletinSource, BulletinStore, BulletinFiles];

/** The bulletin and workbook downloads (API side). */
@Module({ imports, controllers: [BulletinController], providers })
export class BulletinModule {}

/** Building them after a month is published (worker side). Needs JobsModule in the app. */
@Module({ imports, providers: [...providers, BulletinPublisher], exports: [BulletinPublisher] })
export class BulletinBuildingModule {}
