import * as zlib from "zlib";

/**
 * The few parts of a zip archive an .xlsx reader needs: the central directory, and one entry's
 * bytes, whole or as a stream. Inflating uses Node's native zlib, several times faster than the
 * JavaScript inflater ExcelJS (via jszip) uses, and a stream keeps a large sheet out of memory.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  crc: number;
  flags: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipFormatError extends Error {}

/** Entries by name. Throws ZipFormatError when the central directory cannot be found or read. */
export function zipEntries(data: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65557); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("找不到 zip 目录");
  const count = data.readUInt16LE(eocd + 10);
  let p = data.readUInt32LE(eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL)
      throw new ZipFormatError("zip 目录已损坏");
    const nameLength = data.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      size: data.readUInt32LE(p + 24),
      localOffset: data.readUInt32LE(p + 42),
      crc: data.readUInt32LE(p + 16),
      flags: data.readUInt16LE(p + 8),
      name: data.toString("utf8", p + 46, p + 46 + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff)
      throw new ZipFormatError("不支持 ZIP64 格式");
    entries.set(entry.name, entry);
    p += 46 + nameLength + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
  }
  return entries;
}

/** An entry's bytes as stored (compressed), to copy into another archive unchanged. */
export function compressed(data: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > data.length || data.readUInt32LE(p) !== LOCAL)
    throw new ZipFormatError(`zip 条目 ${entry.name} 已损坏`);
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  if (start + entry.compressedSize > data.length)
    throw new ZipFormatError(`zip 条目 ${entry.name} 不完整`);
  return data.subarray(start, start + entry.compressedSize);
}

function checkMethod(entry: ZipEntry): void {
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipFormatError(`zip 条目 ${entry.name} 的压缩方式 ${entry.method} 不受支持`);
}

/** One entry's bytes, inflated. */
export function entryBytes(data: Buffer, entry: ZipEntry): Buffer {
  checkMethod(entry);
  const raw = compressed(data, entry);
  return entry.method === 0 ? raw : zlib.inflateRawSync(raw);
}

/** One entry's bytes in pieces of about `chunk` bytes, so a large sheet is never whole in memory. */
export async function* entryChunks(
  data: Buffer,
  entry: ZipEntry,
  chunk = 1 << 20
): AsyncGenerator<Buffer> {
  checkMethod(entry);
  const raw = compressed(data, entry);
  if (entry.method === 0) {
    for (let i = 0; i < raw.length; i += chunk) yield raw.subarray(i, i + chunk);
    return;
  }
  // A sheet of a few megabytes at most is inflated at once: a stream allocates a whole chunk per
  // piece, which costs more than inflating a table sheet of a few kilobytes.
  if (entry.size <= chunk * 4) {
    const whole = zlib.inflateRawSync(raw);
    for (let i = 0; i < whole.length; i += chunk) yield whole.subarray(i, i + chunk);
    return;
  }
  const inflate = zlib.createInflateRaw({ chunkSize: chunk });
  inflate.end(raw);
  for await (const piece of inflate) yield piece as Buffer;
}
