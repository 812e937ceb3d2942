import { BulletinFile } from './files/bulletin-file.entity';

export const BULLETIN_ENTITIES = [BulletinFile] as const;
