import { Provider } from '@nestjs/common';
import { join, resolve } from 'node:path';
import { AppConfig } from '@app/common';
import { EvidenceStorage } from './evidence-storage';
import { LocalDiskEvidenceStorage } from './local-disk-evidence-storage';

export const evidenceDirectory = (config: AppConfig): string => resolve(config.EVIDENCE_DIR ?? join(config.DATA_DIR, 'evidence'));

/** Local disk under EVIDENCE_DIR; another EvidenceStorage can be bound here instead. */
export const EVIDENCE_STORAGE_PROVIDER: Provider = {
  provide: EvidenceStorage,
  inject: [AppConfig],
  useFactory: async (config: AppConfig): Promise<EvidenceStorage> => {
    const storage = new LocalDiskEvidenceStorage(evidenceDirectory(config));
    await storage.prepare();
    return storage;
  },
};
