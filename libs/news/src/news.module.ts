import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EvidenceModule } from '@app/evidence';
import { RegistryModule } from '@app/registry';
import { NewsPhotoRules } from './news-photos';
import { NEWS_RESOLVERS } from './news.resolvers';
import { NEWS_ENTITIES } from './news.entities';
import { NewsService } from './news.service';

@Module({
  imports: [TypeOrmModule.forFeature([...NEWS_ENTITIES]), RegistryModule, EvidenceModule],
  providers: [...NEWS_RESOLVERS, NewsService, NewsPhotoRules],
})
export class NewsModule {}
