import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbModule } from '@app/db';
import { MailModule } from '@app/mail';
import { RegistryModule } from '@app/registry';
import { REDLINES_RESOLVERS } from './redlines.resolvers';
import { RedlineAlerts } from './alerts/redline-alerts.service';
import { RedlineDetection } from './detection/redline-detection.service';
import { RedlineReconciler } from './detection/redline-reconciler';
import { RedlineScan } from './detection/redline-scan.service';
import { RedlineWriteCheck } from './detection/redline-write-check';
import { REDLINES_ENTITIES } from './redlines.entities';
import { RedlineRulesService } from './rules/redline-rules.service';
import { RedlineViolationsService } from './violations/redline-violations.service';
import { ViolationsByHousehold } from './violations/violations-by-household.loader';
import './violations/household-filter.redline';

/** Red-line rules, detection on household writes and by scan, violations and their alert mail. */
@Module({})
export class RedlinesModule {
  /**
   * @param accessModule the app's AccessModule (for alert subscriptions), passed in so the one
   * instance the app created is shared rather than a second one built here.
   */
  static forRoot(accessModule: DynamicModule): DynamicModule {
    return {
      module: RedlinesModule,
      imports: [TypeOrmModule.forFeature([...REDLINES_ENTITIES]), DbModule, RegistryModule, MailModule, accessModule],
      providers: [
    ...REDLINES_RESOLVERS,
        RedlineRulesService,
        RedlineReconciler,
        RedlineAlerts,
        RedlineDetection,
        RedlineWriteCheck,
        RedlineScan,
        RedlineViolationsService,
        ViolationsByHousehold,
      ],
      exports: [RedlineScan],
    };
  }
}
