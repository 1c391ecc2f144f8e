/**
 * Keeping a request draft on the person's device: serialized to
 * `localStorage` as they type, restored on reload, removed when they clear
 * the form or send the request. The draft never leaves the device.
 *
 * The stored value is versioned JSON, `{version: 1, savedAt, draft}`, read
 * back with a Zod schema (`zod/mini`, small enough for the browser bundle):
 * a field of the wrong type or an unknown choice becomes blank, unknown
 * fields are dropped, and the rest of the draft is kept. No React; storage is
 * passed in (`window.localStorage` in the browser), so it is unit-tested with
 * happy-dom's `localStorage`.
 *
 * @module
 */
import * as z from 'zod/mini';
import {PRIORITY_IDS} from '../../sla/types';
import {DEVICE_TYPES, emptyDraft, ISSUE_KINDS, RESPONSE_METHODS, ROLES, type RequestDraft} from './model';

/** The `localStorage` key of the draft. */
export const DRAFT_STORAGE_KEY = 'support-center:request-draft';
/** The version of the stored format; another version is ignored (with a notice), not misread. */
export const DRAFT_VERSION = 1;

const text = z.catch(z.string(), '');
/** One of `values` or `''`; anything else reads as `''` (not chosen). */
function choice<V extends string>(values: readonly V[]): z.ZodMiniType<V | ''> {
  // The enum's output is exactly V | '', but Zod writes it as a mapped type TypeScript cannot reduce for a generic V.
  return z.catch(z.enum(['', ...values] as [string, ...string[]]), '') as unknown as z.ZodMiniType<V | ''>;
}

/**
 * How each field of a {@link RequestDraft} is read back, typed against the
 * draft itself: a field missing here, or read as the wrong type, fails to
 * compile, so no field of the form can be silently lost on reload.
 */
type DraftShape = {readonly [K in keyof RequestDraft]-?: z.ZodMiniType<RequestDraft[K]>};

const draftShape: DraftShape = {
  role: choice(ROLES),
  organization: text,
  kind: choice(ISSUE_KINDS),
  topic: text,
  summary: text,
  description: text,
  priority: choice(PRIORITY_IDS),
  impact: text,
  responseMethod: choice(RESPONSE_METHODS),
  contactPhone: text,
  escalation: z.catch(z.boolean(), false),
  ticket: text,
  errorMessages: text,
  browser: text,
  os: text,
  device: choice(DEVICE_TYPES),
  connection: text,
  steps: text,
  tried: text,
  clientCompany: text,
  linkGeneratedAt: text,
  linkUsedAt: text,
  clientSaw: text,
  clientContact: text,
};

const draftSchema = z.object(draftShape);

const storedSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  savedAt: z.catch(z.string(), ''),
  draft: draftSchema,
});

/** Whether nothing has been answered: every text blank (spaces only count as blank) and no choice made. */
export function isDraftEmpty(draft: RequestDraft): boolean {
  return Object.values(draft).every((v) => v === false || (typeof v === 'string' && v.trim() === ''));
}

/**
 * The stored form of a draft.
 *
 * @param draft - the draft.
 * @param savedAt - when it is saved.
 * @returns JSON `{"version":1,"savedAt":"<ISO 8601 instant>","draft":{…}}`.
 */
export function serializeDraft(draft: RequestDraft, savedAt: Date): string {
  return JSON.stringify({version: DRAFT_VERSION, savedAt: savedAt.toISOString(), draft});
}

/** The result of reading a stored draft. */
export type ParsedDraft =
  | {readonly kind: 'none'}
  | {readonly kind: 'draft'; readonly draft: RequestDraft; readonly savedAt: Date | null}
  | {readonly kind: 'unreadable'; readonly notice: string};

/**
 * Reads a stored draft.
 *
 * @param stored - the stored string, or `null` when there is none.
 * @returns `none` for no (or an empty) draft; `draft` with the draft and when
 *   it was saved (`null` if that is not a valid instant); `unreadable` with a
 *   readable notice for text that is not JSON or not a version-1 draft.
 *   Never throws.
 */
export function parseDraft(stored: string | null): ParsedDraft {
  if (stored === null || stored === '') return {kind: 'none'};
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return {kind: 'unreadable', notice: 'A saved draft on this device could not be read, so the form starts empty.'};
  }
  const envelope = storedSchema.safeParse(json);
  if (!envelope.success) {
    return {
      kind: 'unreadable',
      notice: 'A saved draft on this device is in a format this page does not know, so the form starts empty.',
    };
  }
  const draft: RequestDraft = {...emptyDraft(), ...envelope.data.draft};
  if (isDraftEmpty(draft)) return {kind: 'none'};
  const savedAt = new Date(envelope.data.savedAt);
  return {kind: 'draft', draft, savedAt: Number.isNaN(savedAt.getTime()) ? null : savedAt};
}

/** The part of the Web Storage API the draft functions use (`window.localStorage` fits). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Saves a draft, or removes the stored one when the draft is empty.
 *
 * @returns `null` when saved, else a readable notice (storage full, or
 *   blocked by the browser's privacy settings). Never throws.
 */
export function saveDraft(storage: DraftStorage, draft: RequestDraft, now: Date): string | null {
  try {
    if (isDraftEmpty(draft)) storage.removeItem(DRAFT_STORAGE_KEY);
    else storage.setItem(DRAFT_STORAGE_KEY, serializeDraft(draft, now));
    return null;
  } catch {
    return 'Your browser did not let this page save a draft (storage full or blocked): copy your text before you leave the page.';
  }
}

/** Reads the stored draft (see {@link parseDraft}); storage that cannot be read counts as no draft. Never throws. */
export function loadDraft(storage: DraftStorage): ParsedDraft {
  try {
    return parseDraft(storage.getItem(DRAFT_STORAGE_KEY));
  } catch {
    return {kind: 'none'};
  }
}

/** Removes the stored draft. Never throws. */
export function clearDraft(storage: DraftStorage): void {
  try {
    storage.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Storage blocked: there is nothing stored to remove.
  }
}
