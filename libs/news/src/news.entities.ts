import { NewsItem } from './news-item.entity';

export const NEWS_ENTITIES = [NewsItem] as const;
