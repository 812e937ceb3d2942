import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistryModule } from '@app/registry';
import { NewsItem } from './news-item.entity';
import { NewsResolver } from './news.resolver';
import { NewsService } from './news.service';

@Module({
  imports: [TypeOrmModule.forFeature([NewsItem]), RegistryModule],
  providers: [NewsService, NewsResolver],
})
export class NewsModule {}
