import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistryModule } from '@app/registry';
import { NEWS_RESOLVERS } from './news.resolvers';
import { NEWS_ENTITIES } from './news.entities';
import { NewsService } from './news.service';

@Module({
  imports: [TypeOrmModule.forFeature([...NEWS_ENTITIES]), RegistryModule],
  providers: [...NEWS_RESOLVERS, NewsService],
})
export class NewsModule {}
