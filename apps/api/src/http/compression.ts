/** A content coding the API can answer in. */
export type Encoding = 'br' | 'gzip';

/** Compresses a body; the server passes Node's zlib (with Brotli), other runtimes get the default. */
export type Compressor = (body: Uint8Array, encoding: Encoding) => Promise<Uint8Array> | Uint8Array;

// Brotli is not in every runtime's list of formats yet, so the type is widened here.
type Format = ConstructorParameters<typeof CompressionStream>[0];

/** Bodies smaller than this are sent as they are: compression would cost more than it saves. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * The runtime-neutral compressor: the web `CompressionStream`, gzip always, Brotli where the
 * runtime supports it (it throws on construction where it does not).
 */
export const webCompressor: Compressor = async (body, encoding) => {
  const format = (encoding === 'br' ? 'brotli' : 'gzip') as Format;
  const stream = new Blob([body as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

/** Whether a runtime compressor can produce this encoding. */
export function supportsEncoding(encoding: Encoding): boolean {
  if (encoding === 'gzip') return true;
  try {
    new CompressionStream('brotli' as Format);
    return true;
  } catch {
    return false;
  }
}

/**
 * Picks the best encoding a client accepts among those offered: Brotli before gzip at equal
 * weight, none when the client sent no `Accept-Encoding` or refused both. `x-gzip` counts as gzip.
 * @example negotiateEncoding('gzip, br;q=0.5', ['br', 'gzip']) // 'gzip'
 */
export function negotiateEncoding(
  header: string | undefined,
  offered: readonly Encoding[],
): Encoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  // RFC 9110 8.4.1.3: `x-gzip` is gzip, unless the client also weighs gzip under its own name.
  const alias = weights.get('x-gzip');
  if (alias !== undefined && !weights.has('gzip')) weights.set('gzip', alias);
  let best: Encoding | undefined;
  let bestWeight = 0;
  for (const encoding of offered) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}
