import type { EntityMetadata } from 'typeorm';

const cache = new WeakMap<EntityMetadata, ReadonlySet<string>>();

/** The entity properties a plain SELECT loads: its columns, less those marked `select: false`. */
export function loadableProperties(metadata: EntityMetadata): ReadonlySet<string> {
  let properties = cache.get(metadata);
  if (!properties) {
    properties = new Set(metadata.columns.filter((column) => column.isSelect && !column.embeddedMetadata).map((column) => column.propertyName));
    cache.set(metadata, properties);
  }
  return properties;
}
