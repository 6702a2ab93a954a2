import { constants, crc32, deflateRawSync } from "node:zlib";

/**
 * A page body cut at each copy of its placeholder nonce, as bytes and (for the cache) as deflate pieces
 * compressed once, so a hit neither re-encodes nor re-compresses the page (docs/decisions/0098).
 */
export type StampableBody = {
  /** The body between the placeholders, as UTF-8: n placeholders give n + 1 pieces. */
  readonly pieces: readonly Buffer[];
  /** Each piece as raw deflate blocks that end byte-aligned and not final, ready to be joined; null if not compressed. */
  readonly deflated: readonly Buffer[] | null;
  /** Bytes held, for the cache's size bound. */
  readonly bytes: number;
};

/** ID1 ID2, deflate, no flags, no mtime, no extra flags, OS unknown. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** An empty stored block with BFINAL set: ends the deflate stream after the last sync-flushed piece. */
const FINAL_EMPTY_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
/** A stored block holds at most 65,535 bytes; a nonce is a few dozen. */
const MAX_STORED_BLOCK = 0xffff;

export function cutAtPlaceholder(body: string, placeholder: string, compress: boolean): StampableBody {
  const pieces = body.split(placeholder).map((piece) => Buffer.from(piece, "utf8"));
  // Compressed once per stored render, so the strongest level costs nothing per response.
  const deflated = compress ? pieces.map((piece) => deflateRawSync(piece, { level: constants.Z_BEST_COMPRESSION, finishFlush: constants.Z_SYNC_FLUSH })) : null;
  const bytes = [...pieces, ...(deflated ?? [])].reduce((total, buffer) => total + buffer.length, 0);
  return { pieces, deflated, bytes };
}

/** The body with `nonce` where the placeholder was, as UTF-8 bytes. */
export function stampPlain(body: StampableBody, nonce: string): Buffer {
  const stamp = Buffer.from(nonce, "utf8");
  return Buffer.concat(body.pieces.flatMap((piece, index) => (index === 0 ? [piece] : [stamp, piece])));
}

/**
 * The same bytes as stampPlain as one gzip member (RFC 1952): the compressed pieces with the nonce between
 * them as stored blocks (RFC 1951 §3.2.4). Only the nonce's bytes and the CRC are computed per call.
 */
export function stampGzip(body: StampableBody & { deflated: readonly Buffer[] }, nonce: string): Buffer {
  const stamp = Buffer.from(nonce, "utf8");
  if (stamp.length > MAX_STORED_BLOCK) throw new Error("a nonce longer than one stored block");
  const storedStamp = Buffer.alloc(5 + stamp.length);
  // BFINAL 0, BTYPE 00 (stored), padded to the byte; then LEN and its one's complement, little-endian.
  storedStamp.writeUInt8(0x00, 0);
  storedStamp.writeUInt16LE(stamp.length, 1);
  storedStamp.writeUInt16LE(~stamp.length & 0xffff, 3);
  stamp.copy(storedStamp, 5);

  // zlib answers 0 for a zero-length buffer whatever the running value, so empty pieces are skipped.
  const crcOf = (bytes: Buffer, running: number) => (bytes.length === 0 ? running : crc32(bytes, running));
  let crc = 0;
  let length = 0;
  const parts: Buffer[] = [GZIP_HEADER];
  body.pieces.forEach((piece, index) => {
    if (index > 0) {
      parts.push(storedStamp);
      crc = crcOf(stamp, crc);
      length += stamp.length;
    }
    parts.push(body.deflated[index]!);
    crc = crcOf(piece, crc);
    length += piece.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  // ISIZE is the length modulo 2^32.
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  parts.push(FINAL_EMPTY_BLOCK, trailer);
  return Buffer.concat(parts);
}

/**
 * Whether an Accept-Encoding header takes gzip (RFC 9110 §12.5.3): named, or `*`, with a weight above zero.
 * An explicit `gzip;q=0` refuses it even when `*` is accepted.
 */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  let star = false;
  for (const entry of header.split(",")) {
    const [coding = "", ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    const weight = params.find((param) => param.startsWith("q="));
    const accepted = weight === undefined || Number(weight.slice(2)) > 0;
    if (coding === "gzip" || coding === "x-gzip") return accepted;
    if (coding === "*") star = accepted;
  }
  return star;
}
