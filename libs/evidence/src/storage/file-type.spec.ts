import { SNIFF_BYTES, sniffFileType } from './file-type';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('sniffFileType', () => {
  it('recognises JPEG, PNG and PDF by their magic bytes', () => {
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46))?.mimeType).toBe('image/jpeg');
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))?.mimeType).toBe('image/png');
    expect(sniffFileType(Buffer.from('%PDF-1.4\n'))?.mimeType).toBe('application/pdf');
  });

  it('refuses anything else, including text that merely mentions a type', () => {
    expect(sniffFileType(Buffer.from('PNG is not a PNG'))).toBeNull();
    expect(sniffFileType(Buffer.from('GIF89a..'))).toBeNull();
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull(); // a truncated PNG signature
    expect(sniffFileType(bytes())).toBeNull();
  });

  it('needs no more than SNIFF_BYTES to decide', () => {
    expect(SNIFF_BYTES).toBe(8);
  });
});
