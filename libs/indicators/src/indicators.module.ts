import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistryModule } from '@app/registry';
import { DbModule } from '@app/db';
import { INDICATORS_RESOLVERS } from './indicators.resolvers';
import { INDICATOR_ENTITIES } from './indicators.entities';
import { IndicatorLoaderFactory } from './live/indicator.loaders';
import { IndicatorService } from './live/indicator.service';
import { SiteFiguresService } from './figures/site-figures.service';
import { SpecialTaskService } from './special-tasks/special-task.service';

@Module({
  imports: [TypeOrmModule.forFeature([...INDICATOR_ENTITIES]), RegistryModule, DbModule],
  providers: [
    ...INDICATORS_RESOLVERS,
    IndicatorService,
    SiteFiguresService,
    IndicatorLoaderFactory,
    SpecialTaskService,
  ],
  exports: [IndicatorService, IndicatorLoaderFactory, SiteFiguresService],
})
export class IndicatorsModule {}
