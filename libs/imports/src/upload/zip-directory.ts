/** What the central directory at the end of a zip (an .xlsx) says about its entries. */
export interface ZipDirectory {
  names: string[];
  uncompressedBytes: number;
  worstRatio: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;

/**
 * Reads a zip's central directory from the file's last bytes (`tail`, the final `tail.length`
 * bytes of a file of `fileSize`), so a workbook can be judged before anything is decompressed:
 * truncated (no directory), not a workbook (no xl/workbook.xml), or a zip bomb (sizes). Null when
 * the directory is missing or lies outside the tail.
 */
export function readZipDirectory(tail: Buffer, fileSize: number): ZipDirectory | null {
  let eocd = -1;
  for (let at = tail.length - EOCD_MIN; at >= 0; at--) {
    if (tail.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = tail.readUInt16LE(eocd + 10);
  const directorySize = tail.readUInt32LE(eocd + 12);
  const directoryOffset = tail.readUInt32LE(eocd + 16);
  const tailStart = fileSize - tail.length;
  let at = directoryOffset - tailStart;
  if (at < 0 || directoryOffset + directorySize > fileSize - (tail.length - eocd)) return null;
  const names: string[] = [];
  let uncompressedBytes = 0;
  let worstRatio = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > tail.length || tail.readUInt32LE(at) !== ENTRY_SIGNATURE) return null;
    const compressed = tail.readUInt32LE(at + 20);
    const uncompressed = tail.readUInt32LE(at + 24);
    const nameLength = tail.readUInt16LE(at + 28);
    const extraLength = tail.readUInt16LE(at + 30);
    const commentLength = tail.readUInt16LE(at + 32);
    names.push(tail.toString('utf8', at + 46, at + 46 + nameLength));
    uncompressedBytes += uncompressed;
    worstRatio = Math.max(worstRatio, uncompressed / Math.max(compressed, 1));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { names, uncompressedBytes, worstRatio };
}
