import { readFileSync } from 'node:fs';

/**
 * Noto Sans SC, complete TrueType files shipped by an npm package, so the bulletin looks the same
 * on any machine and needs no system fonts. PDFKit embeds only the glyphs a document uses
 * (fontkit subsets them), so a bulletin stays small although each file is ~10 MB.
 */
const FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof FILES;

const loaded = new Map<FontWeight, Buffer>();

/** The font file's bytes, read once per process. */
export function fontBytes(weight: FontWeight): Buffer {
  let bytes = loaded.get(weight);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FILES[weight]));
    loaded.set(weight, bytes);
  }
  return bytes;
}
