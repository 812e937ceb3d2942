import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '@app/access';
import { HouseholdWriteHook, HouseholdWriteHooks } from '@app/registry';
import { RedlineDetection } from './redline-detection.service';

/** Checks the created or updated households against the red lines, in the write's own transaction. */
@Injectable()
export class RedlineWriteCheck implements HouseholdWriteHook, OnModuleInit {
  constructor(
    private readonly hooks: HouseholdWriteHooks,
    private readonly detection: RedlineDetection,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async afterHouseholdsWritten(manager: EntityManager, householdIds: readonly string[], viewer: Viewer): Promise<void> {
    await this.detection.detect(manager, { householdIds }, viewer.username);
  }
}
