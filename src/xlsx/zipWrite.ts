import { promises as fs } from "fs";
import { pipeline } from "stream/promises";
import * as zlib from "zlib";
import { compressed, ZipEntry } from "./zip";

/**
 * Writes a zip archive entry by entry to a file: entries of another archive copied as they are
 * stored, or new content deflated by Node's native zlib while it streams, so a sheet of hundreds
 * of megabytes is never whole in memory. Sizes stay below 4 GB (no ZIP64), as in any .xlsx Excel
 * can open.
 */
export class ZipFileWriter {
  private offset = 0;
  private readonly central: Buffer[] = [];

  private constructor(private readonly handle: fs.FileHandle) {}

  static async create(file: string): Promise<ZipFileWriter> {
    return new ZipFileWriter(await fs.open(file, "w"));
  }

  /** Copies an entry of `source` unchanged. */
  async copy(source: Buffer, entry: ZipEntry): Promise<void> {
    const data = compressed(source, entry);
    const flags = entry.flags & 0x0800;
    const header = this.header(entry.name, flags, entry.method, entry.crc, data.length, entry.size);
    await this.put(header.local);
    await this.put(data);
    this.central.push(header.central);
  }

  /** Adds an entry whose content comes in pieces, deflated as it comes. */
  async add(name: string, pieces: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<void> {
    const flags = 0x0808; // sizes and CRC follow the data; UTF-8 name
    const start = this.offset;
    await this.put(this.header(name, flags, 8, 0, 0, 0).local);
    let crc = 0;
    let size = 0;
    let packed = 0;
    // One pipeline: a failed write (a full disk) stops the pieces and the deflater and rejects here,
    // rather than leaving the producer waiting for "drain" and the failure unhandled.
    await pipeline(
      async function* () {
        for await (const piece of pieces) {
          crc = zlib.crc32(piece, crc);
          size += piece.length;
          yield piece;
        }
      },
      zlib.createDeflateRaw({ level: 6 }),
      async (deflated: AsyncIterable<Buffer>) => {
        for await (const out of deflated) {
          packed += out.length;
          await this.put(out);
        }
      }
    );
    if (size >= 0xffffffff || this.offset >= 0xffffffff)
      throw new Error("工作簿超过 4 GB，无法写出");
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(packed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.put(descriptor);
    this.central.push(this.header(name, flags, 8, crc >>> 0, packed, size, start).central);
  }

  async close(): Promise<void> {
    const start = this.offset;
    const directory = Buffer.concat(this.central);
    await this.put(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.central.length, 8);
    end.writeUInt16LE(this.central.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
    await this.handle.close();
  }

  /** Closes the file after a failure; the caller removes it. */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }

  private async put(data: Buffer): Promise<void> {
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.handle.write(data, done, data.length - done);
      done += bytesWritten;
    }
    this.offset += data.length;
  }

  private header(
    name: string,
    flags: number,
    method: number,
    crc: number,
    packed: number,
    size: number,
    offset = this.offset
  ): { local: Buffer; central: Buffer } {
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30 + nameBytes.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(flags & 0x0008 ? 0 : crc, 14);
    local.writeUInt32LE(flags & 0x0008 ? 0 : packed, 18);
    local.writeUInt32LE(flags & 0x0008 ? 0 : size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    nameBytes.copy(local, 30);
    const central = Buffer.alloc(46 + nameBytes.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    nameBytes.copy(central, 46);
    return { local, central };
  }
}
