import type { Plan } from './plan-schema';
import { DOCUMENT_SIZE_LABEL, LIMITS } from './plan-limits';
import { serializePlanDocument } from './plan-document';
import { fail, ok, type Result } from './result';

/** The part of a URL after `#` that carries a shared plan. */
export const SHARE_PREFIX = 'share=';

/**
 * Beyond this many characters some chat apps, mail clients and older browsers cut links short,
 * so a longer link is refused in favour of the file.
 */
export const MAX_SHARE_URL_LENGTH = 8000;

/**
 * How much compressed input the decompressor gets at a time. Chromium inflates a whole chunk at
 * once, and deflate can grow 1 KB into about 1 MB: small slices let a link that unpacks into
 * gigabytes be stopped at the limit instead of after it has filled the memory.
 */
const INFLATE_SLICE_BYTES = 1024;

const DAMAGED = 'This share link is damaged: part of it may have been cut off.';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

async function compress(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates slice by slice and stops as soon as the output passes `limit` bytes. */
async function inflateAtMost(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Result<Uint8Array, 'too-large' | 'damaged'>> {
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        await reader.cancel();
        return;
      }
      chunks.push(value);
    }
  })();
  const writing = (async () => {
    for (let i = 0; i < bytes.length && !tooLarge; i += INFLATE_SLICE_BYTES) {
      await writer.ready;
      if (tooLarge) return;
      await writer.write(bytes.subarray(i, i + INFLATE_SLICE_BYTES));
    }
    if (!tooLarge) await writer.close();
  })();
  const [read, written] = await Promise.allSettled([reading, writing]);
  if (tooLarge) return fail('too-large');
  if (read.status === 'rejected' || written.status === 'rejected') return fail('damaged');
  return ok(concat(chunks, size));
}

/** The plan, compressed into the fragment of a link; nothing is sent to any server. */
export async function encodeShareFragment(plan: Plan): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(JSON.parse(serializePlanDocument(plan))));
  return SHARE_PREFIX + toBase64Url(await compress(json));
}

/** The plan document a link carries, as text for the plan reader; never more than a plan file. */
export async function decodeShareFragment(fragment: string): Promise<Result<string>> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(SHARE_PREFIX)) return fail('This link does not hold a Backend Path plan.');
  const bytes = fromBase64Url(body.slice(SHARE_PREFIX.length));
  if (!bytes || bytes.length === 0) return fail(DAMAGED);
  const unpacked = await inflateAtMost(bytes, LIMITS.documentBytes);
  if (!unpacked.ok) {
    return fail(
      unpacked.error === 'too-large'
        ? `This share link holds more than ${DOCUMENT_SIZE_LABEL}, too much to be a plan.`
        : DAMAGED,
    );
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(unpacked.value));
  } catch {
    return fail(DAMAGED);
  }
}
