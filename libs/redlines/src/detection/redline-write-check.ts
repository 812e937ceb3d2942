import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '@app/access';
import { Household, HouseholdWriteHook, HouseholdWriteHooks } from '@app/registry';
import { RedlineDetection } from './redline-detection.service';

/** Checks every created or updated household against the red lines, in the write's own transaction. */
@Injectable()
export class RedlineWriteCheck implements HouseholdWriteHook, OnModuleInit {
  constructor(
    private readonly hooks: HouseholdWriteHooks,
    private readonly detection: RedlineDetection,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async afterHouseholdWrite(manager: EntityManager, household: Household, viewer: Viewer): Promise<void> {
    await this.detection.detect(manager, { householdId: household.id }, viewer.username);
  }
}
