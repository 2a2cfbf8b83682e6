import { describe, expect, it } from "vitest";
import { MAX_BYTES, detectType, safeFileName, validateUpload } from "@/lib/kernel/validate-upload";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const webp = Uint8Array.from([...Buffer.from("RIFF"), 1, 2, 3, 4, ...Buffer.from("WEBPVP8 ")]);
const pdf = Uint8Array.from(Buffer.from("%PDF-1.7\n"));
const exe = Uint8Array.from(Buffer.from("MZ\x90\x00"));
const gif = Uint8Array.from(Buffer.from("GIF89a"));

function padded(head: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(head);
  return b;
}

describe("detectType", () => {
  it("recognises JPEG, PNG, WebP and PDF by their magic bytes", () => {
    expect(detectType(jpeg)?.mime).toBe("image/jpeg");
    expect(detectType(png)?.mime).toBe("image/png");
    expect(detectType(webp)?.mime).toBe("image/webp");
    expect(detectType(pdf)?.mime).toBe("application/pdf");
  });
  it("refuses anything else, whatever it is called", () => {
    expect(detectType(exe)).toBeNull();
    expect(detectType(gif)).toBeNull();
    expect(detectType(Uint8Array.from(Buffer.from("RIFF1234WAVE")))).toBeNull();
    expect(detectType(new Uint8Array())).toBeNull();
  });
});

describe("validateUpload", () => {
  it("accepts photos up to 5 MB and documents up to 10 MB", () => {
    expect(validateUpload(padded(png, MAX_BYTES.photo), "photo")).toMatchObject({ ok: true });
    expect(validateUpload(padded(png, MAX_BYTES.photo + 1), "photo")).toEqual({ ok: false, error: "validation:fileTooLarge?maxMb=5" });
    expect(validateUpload(padded(pdf, MAX_BYTES.document), "document")).toMatchObject({ ok: true });
    expect(validateUpload(padded(pdf, MAX_BYTES.document + 1), "document")).toEqual({ ok: false, error: "validation:fileTooLarge?maxMb=10" });
  });
  it("takes PDF as a document but not as a photo", () => {
    expect(validateUpload(pdf, "document")).toMatchObject({ ok: true, type: { ext: "pdf" } });
    expect(validateUpload(pdf, "photo")).toEqual({ ok: false, error: "validation:fileTypePhoto" });
    expect(validateUpload(exe, "document")).toEqual({ ok: false, error: "validation:fileTypeDocument" });
  });
  it("refuses an empty file", () => {
    expect(validateUpload(new Uint8Array(), "photo")).toEqual({ ok: false, error: "validation:fileEmpty" });
  });
});

describe("safeFileName", () => {
  it("keeps the base name only", () => {
    expect(safeFileName("../../etc/passwd", "png")).toBe("passwd");
    expect(safeFileName("C:\\photos\\shop.jpg", "jpg")).toBe("shop.jpg");
    expect(safeFileName("", "pdf")).toBe("file.pdf");
  });
});
