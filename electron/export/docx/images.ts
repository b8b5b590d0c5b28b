/** Images in exported documents: recognising PNG and JPEG bytes, and the organisation's logo as an inline image. */
import { ImageRun } from 'docx';

export interface ImageInfo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

/** Reads the format and pixel size of a PNG or JPEG from its bytes; null for anything else or a damaged file. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  // PNG: signature, then the IHDR chunk with width and height as big-endian 32-bit integers.
  if (
    bytes.length >= 24 &&
    bytes[0] === 0x89 &&
    bytes[1] === 0x50 &&
    bytes[2] === 0x4e &&
    bytes[3] === 0x47 &&
    String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!) === 'IHDR'
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    return width > 0 && height > 0 ? { type: 'png', width, height } : null;
  }
  // JPEG: walk the marker segments to the first start-of-frame, which holds height then width.
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return null;
      const marker = bytes[offset + 1]!;
      if (marker === 0xff) {
        offset += 1; // fill byte
        continue;
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        offset += 2; // markers without a length
        continue;
      }
      const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
      const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isStartOfFrame) {
        const height = (bytes[offset + 5]! << 8) | bytes[offset + 6]!;
        const width = (bytes[offset + 7]! << 8) | bytes[offset + 8]!;
        return width > 0 && height > 0 ? { type: 'jpg', width, height } : null;
      }
      if (length < 2) return null;
      offset += 2 + length;
    }
  }
  return null;
}

const PX_PER_CM = 96 / 2.54;

/**
 * A logo as an inline image no wider than `maxWidthCm` and no taller than `maxHeightCm`, keeping its aspect
 * ratio; null when the bytes are not a PNG or JPEG. The drawing id is fixed so the output stays deterministic.
 */
export function logoImage(
  data: Uint8Array,
  opts: { maxWidthCm?: number; maxHeightCm?: number; name?: string } = {},
): ImageRun | null {
  const info = readImageInfo(data);
  if (!info) return null;
  const maxWidth = (opts.maxWidthCm ?? 4) * PX_PER_CM;
  const maxHeight = (opts.maxHeightCm ?? 2.5) * PX_PER_CM;
  const scale = Math.min(maxWidth / info.width, maxHeight / info.height, 1);
  const width = Math.max(1, Math.round(info.width * scale));
  const height = Math.max(1, Math.round(info.height * scale));
  return new ImageRun({
    type: info.type,
    data,
    transformation: { width, height },
    altText: { id: '1', name: opts.name ?? 'Logo', title: opts.name ?? 'Logo', description: opts.name ?? 'Logo' },
  });
}
