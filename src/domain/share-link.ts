import type { Plan } from './plan';
import { MAX_PLAN_FILE_BYTES, readPlanDocument, serializePlanDocument, type Result } from './plan-file';

/** The part of a URL after `#` that carries a shared plan. */
export const SHARE_PREFIX = 'share=';

/**
 * Beyond this many characters some chat apps, mail clients and older browsers cut links short,
 * so a longer link is refused in favour of the file.
 */
export const MAX_SHARE_URL_LENGTH = 8000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipeThrough(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number) {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // A tiny link must not unpack into something huge.
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The plan, compressed into the fragment of a link; nothing is sent to any server. */
export async function encodeShareFragment(plan: Plan): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(JSON.parse(serializePlanDocument(plan))));
  const compressed = await pipeThrough(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  return SHARE_PREFIX + toBase64Url(compressed ?? new Uint8Array());
}

export async function decodeShareFragment(fragment: string): Promise<Result<Plan>> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(SHARE_PREFIX)) return { ok: false, error: 'This link does not hold a Backend Path plan.' };
  const bytes = fromBase64Url(body.slice(SHARE_PREFIX.length));
  if (!bytes) return { ok: false, error: 'This share link is damaged: part of it may have been cut off.' };
  let unpacked: Uint8Array | null;
  try {
    unpacked = await pipeThrough(bytes, new DecompressionStream('deflate-raw'), MAX_PLAN_FILE_BYTES);
  } catch {
    return { ok: false, error: 'This share link is damaged: part of it may have been cut off.' };
  }
  if (!unpacked) return { ok: false, error: 'This share link holds more than 1 MB, too much to be a plan.' };
  return readPlanDocument(new TextDecoder().decode(unpacked));
}
