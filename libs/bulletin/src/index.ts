export * from './bulletin.module';
export * from './bulletin.entities';
export { BulletinPublisher } from './jobs/bulletin-publisher.service';
export { BulletinFiles } from './files/bulletin-files.service';
export { BulletinFile, BulletinFormat } from './files/bulletin-file.entity';
