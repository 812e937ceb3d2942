import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { INDICATOR_ENTITIES } from './indicators.entities';
import { IndicatorLoaderFactory } from './live/indicator.loaders';
import { DivisionIndicatorResolver, IndicatorDefinitionResolver, SiteIndicatorResolver } from './live/indicator.resolver';
import { IndicatorService } from './live/indicator.service';
import { SiteFiguresService } from './figures/site-figures.service';
import { SpecialTaskResolver } from './special-tasks/special-task.resolver';
import { SpecialTaskService } from './special-tasks/special-task.service';
import { RegistryModule } from '@app/registry';
import { DbModule } from '@app/db';

@Module({
  imports: [TypeOrmModule.forFeature([...INDICATOR_ENTITIES]), RegistryModule, DbModule],
  providers: [
    IndicatorService,
    SiteFiguresService,
    IndicatorLoaderFactory,
    SpecialTaskService,
    DivisionIndicatorResolver,
    SiteIndicatorResolver,
    IndicatorDefinitionResolver,
    SpecialTaskResolver,
  ],
  exports: [IndicatorService, IndicatorLoaderFactory, SiteFiguresService],
})
export class IndicatorsModule {}
