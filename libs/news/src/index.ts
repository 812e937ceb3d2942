export * from './news.module';
export { NewsItem } from './news-item.entity';
