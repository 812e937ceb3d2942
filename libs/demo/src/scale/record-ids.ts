/** MurmurHash3's finaliser: a bijection on 32-bit integers that scatters consecutive inputs. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (value: number) => BYTE_HEX[value >>> 24] + BYTE_HEX[(value >>> 16) & 0xff] + BYTE_HEX[(value >>> 8) & 0xff] + BYTE_HEX[value & 0xff];

/**
 * Primary keys for millions of records: random-looking version-4 UUIDs, unique by
 * construction. The demo draws its ids from each household's 32-bit random stream, which is
 * fine for a thousand households but not for millions: streams of different seeds overlap
 * (mulberry32 walks one 2^32 cycle) and seeds collide, so ids would repeat. Here the first 32
 * bits are a bijection of a counter, so no two ids of one dataset are equal (up to 2^32 of
 * them), and the other bits are hashed from it, so the keys are as scattered in an index as
 * gen_random_uuid()'s.
 */
export class RecordIds {
  private counter = 0;
  private readonly salts: number[];

  constructor(seed: number) {
    this.salts = [1, 2, 3, 4].map((i) => fmix32(seed * 4 + i));
  }

  next(): string {
    const [s0, s1, s2, s3] = this.salts;
    if (this.counter >= 0xffffffff) throw new RangeError('more than 2^32 record ids');
    const a = fmix32(this.counter++) ^ s0;
    const b = fmix32(a ^ s1);
    const c = fmix32(b ^ s2);
    const d = fmix32(c ^ s3);
    const h = hex8(a) + hex8((b & 0xffff0fff) | 0x00004000) + hex8((c & 0x3fffffff) | 0x80000000) + hex8(d);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}
