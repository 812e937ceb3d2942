export * from './news.module';
export * from './news.entities';
export * from './news.resolvers';
export { NewsItem } from './news-item.entity';
