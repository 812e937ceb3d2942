import { ArchiveFileRow, archiveFileRow } from './archive/archive-files';
import { minutesAfter } from './dates';
import { demoPng } from './evidence-files';
import { NewsRow } from './news';
import { Rng } from './prng';

/** Share of work news that carries a photo: meetings and visits are photographed, notices are not. */
const ILLUSTRATED_SHARE = 0.35;

export interface PlannedNewsPhotos {
  photos: ArchiveFileRow[];
  contents: Map<string, Buffer>;
}

/** Photos of some of the news, uploaded by the item's author minutes after publishing it. */
export function planNewsPhotos(rng: Rng, news: readonly NewsRow[]): PlannedNewsPhotos {
  const planned: PlannedNewsPhotos = { photos: [], contents: new Map() };
  for (const item of news) {
    if (!rng.chance(ILLUSTRATED_SHARE)) continue;
    const id = rng.uuid();
    const bytes = demoPng(`work news ${item.published_at.slice(0, 10)} ${item.division_code} item ${item.id} photo ${id} (demo data)`, id);
    const at = minutesAfter(item.published_at, rng.int(2, 30));
    planned.photos.push(
      archiveFileRow(
        { owner_type: 'NEWS_ITEM', owner_id: item.id },
        { id, bytes, mimeType: 'image/png', originalName: `IMG_${at.slice(0, 10).replace(/-/g, '')}_${at.slice(11, 19).replace(/:/g, '')}.png` },
        item.author,
        at,
      ),
    );
    planned.contents.set(id, bytes);
  }
  return planned;
}
