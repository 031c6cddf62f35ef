import { randomBytes } from "crypto";
import { ZipFileWriter } from "../../../src/xlsx/zipWrite";

/** A file handle that takes `room` bytes, then fails as a full disk does. */
function fullDiskAfter(room: number) {
  let written = 0;
  return {
    async write(data: Buffer, offset: number, length: number) {
      if (written + length > room)
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
          code: "ENOSPC",
          syscall: "write",
        });
      written += length;
      return { bytesWritten: length, buffer: data.subarray(offset, offset + length) };
    },
    async close() {},
  };
}

const writerOn = (handle: ReturnType<typeof fullDiskAfter>) =>
  new (ZipFileWriter as unknown as new (h: unknown) => ZipFileWriter)(handle);

/** 4 MB of incompressible pieces, each after a turn of the event loop (as a sheet's XML comes). */
async function* slowPieces(): AsyncGenerator<Buffer> {
  for (let i = 0; i < 256; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    yield randomBytes(16 * 1024);
  }
}

describe("ZipFileWriter on a disk that fills up mid-entry", () => {
  test("add rejects with the disk's error: no unhandled rejection, no hang", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const writer = writerOn(fullDiskAfter(256 * 1024));
      await expect(writer.add("xl/worksheets/sheet1.xml", slowPieces())).rejects.toMatchObject({
        code: "ENOSPC",
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  test("with room enough, the same pieces are written whole", async () => {
    const writer = writerOn(fullDiskAfter(64 * 1024 * 1024));
    await expect(writer.add("xl/worksheets/sheet1.xml", slowPieces())).resolves.toBeUndefined();
    await expect(writer.close()).resolves.toBeUndefined();
  });
});
