/**
 * Keeping a request draft on the person's device: serialized to
 * `localStorage` as they type, restored on reload, kept in step across tabs,
 * removed when they clear the form or send the request. The draft never
 * leaves the device, and it is never lost:
 *
 * - The stored value is versioned JSON, `{version: 1, savedAt, draft}`, read
 *   back with a Zod schema (`zod/mini`, small enough for the browser bundle)
 *   field by field: a field of the wrong type, an unknown choice or an
 *   unknown guide is left out and named ({@link DroppedField}), the rest of
 *   the draft is kept.
 * - A stored value this page cannot read at all (not JSON, another version)
 *   is set aside under {@link SET_ASIDE_KEY} before anything overwrites it,
 *   and can be restored as text ({@link recoverText}) or discarded.
 * - Whether storage works at all is probed ({@link probeStorage}), so the
 *   page never promises to save when it cannot.
 *
 * No React; storage is passed in (`window.localStorage` in the browser), so
 * it is unit-tested with happy-dom's `localStorage`.
 *
 * @module
 */
import * as z from 'zod/mini';
import {PRIORITY_IDS} from '../../sla/types';
import {topicByKey} from '../../data/topics';
import {
  DEVICE_TYPES,
  emptyDraft,
  fieldLabel,
  FIELDS,
  ISSUE_KINDS,
  RESPONSE_METHODS,
  ROLES,
  type FieldId,
  type RequestDraft,
} from './model';

/** The `localStorage` key of the draft. */
export const DRAFT_STORAGE_KEY = 'support-center:request-draft';
/** Where a stored draft this page cannot read is kept until the person restores or discards it. */
export const SET_ASIDE_KEY = 'support-center:request-draft:unreadable';
/** The version of the stored format; another version is set aside (with a notice), not misread. */
export const DRAFT_VERSION = 1;

/** A stored field left out on restore, and why, in words. */
export interface DroppedField {
  readonly field: FieldId;
  /** For example `“urgent” is not one of the choices`. */
  readonly reason: string;
}

/** One of `values` or `''`. */
function choice<V extends string>(values: readonly V[]): z.ZodMiniType<V | ''> {
  // The enum's output is exactly V | '', but Zod writes it as a mapped type TypeScript cannot reduce for a generic V.
  return z.enum(['', ...values] as [string, ...string[]]) as unknown as z.ZodMiniType<V | ''>;
}

const text = z.string();

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
  escalation: z.boolean(),
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

const envelopeSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  savedAt: z.catch(z.string(), ''),
  draft: z.record(z.string(), z.unknown()),
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
  | {
      readonly kind: 'draft';
      readonly draft: RequestDraft;
      /** When it was saved; `null` if that is not a valid instant. */
      readonly savedAt: Date | null;
      /** Fields left out, each named with the reason; empty when everything was restored. */
      readonly dropped: readonly DroppedField[];
    }
  | {readonly kind: 'unreadable'; readonly notice: string; readonly raw: string};

/** A stored value of a field, quoted briefly for a reason. */
function shown(value: unknown): string {
  const textValue = typeof value === 'string' ? value : JSON.stringify(value);
  const chars = Array.from(textValue ?? String(value));
  return `“${chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : chars.join('')}”`;
}

/**
 * Reads a stored draft, field by field.
 *
 * @param stored - the stored string, or `null` when there is none.
 * @returns `none` for no (or an empty) draft; `draft` with the draft, when it
 *   was saved and the fields left out; `unreadable` with a readable notice
 *   and the raw text for text that is not JSON or not a version-1 draft.
 *   Never throws.
 */
export function parseDraft(stored: string | null): ParsedDraft {
  if (stored === null || stored === '') return {kind: 'none'};
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return {
      kind: 'unreadable',
      raw: stored,
      notice:
        'A saved draft on this device could not be read. It was kept aside: restore its text below, or discard it.',
    };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      kind: 'unreadable',
      raw: stored,
      notice:
        'A saved draft on this device is in a format this page does not know. It was kept aside: restore its text below, or discard it.',
    };
  }
  const draft = emptyDraft();
  const dropped: DroppedField[] = [];
  const stored_ = envelope.data.draft;
  for (const field of Object.keys(FIELDS) as FieldId[]) {
    if (!(field in stored_)) continue;
    const result = draftShape[field].safeParse(stored_[field]);
    if (!result.success) {
      dropped.push({field, reason: `${shown(stored_[field])} is not one of its answers`});
      continue;
    }
    (draft as Record<FieldId, unknown>)[field] = result.data;
  }
  if (draft.topic !== '' && !topicByKey(draft.topic)) {
    dropped.push({field: 'topic', reason: `${shown(draft.topic)} is not a guide of this site any more`});
    draft.topic = '';
  }
  if (isDraftEmpty(draft) && dropped.length === 0) return {kind: 'none'};
  const savedAt = new Date(envelope.data.savedAt);
  return {kind: 'draft', draft, savedAt: Number.isNaN(savedAt.getTime()) ? null : savedAt, dropped};
}

/**
 * The notice that names the fields left out on restore, or `null` when none was.
 *
 * @example
 * ```ts
 * droppedNotice([{field: 'priority', reason: '“urgent” is not one of its answers'}], 'operator');
 * // => 'Some saved answers could not be restored: Priority (“urgent” is not one of its answers). Answer them again below.'
 * ```
 */
export function droppedNotice(dropped: readonly DroppedField[], role: RequestDraft['role']): string | null {
  if (dropped.length === 0) return null;
  const list = dropped.map((d) => `${fieldLabel(d.field, role)} (${d.reason})`).join('; ');
  return `Some saved answers could not be restored: ${list}. Answer them again below.`;
}

/**
 * What can be recovered as text from a stored draft this page cannot read:
 * the text fields it names, when it is JSON with a draft of another shape or
 * version; else the whole stored text as the description.
 *
 * @param raw - the stored text.
 * @returns the draft fields to fill (texts only), never empty for non-empty input.
 */
export function recoverText(raw: string): Partial<RequestDraft> {
  try {
    const json: unknown = JSON.parse(raw);
    const source =
      json !== null && typeof json === 'object' && 'draft' in json && typeof json.draft === 'object'
        ? json.draft
        : json;
    if (source !== null && typeof source === 'object') {
      const recovered: Partial<Record<FieldId, string>> = {};
      for (const [key, value] of Object.entries(source)) {
        if (
          key in FIELDS &&
          typeof value === 'string' &&
          value.trim() !== '' &&
          typeof emptyDraft()[key as FieldId] === 'string'
        ) {
          recovered[key as FieldId] = value;
        }
      }
      if (Object.keys(recovered).length > 0) return recovered as Partial<RequestDraft>;
    }
  } catch {
    // Not JSON: the text itself is what there is.
  }
  return {description: raw};
}

/** The part of the Web Storage API the draft functions use (`window.localStorage` fits). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Whether the storage can be written and read back now (private modes and
 * blocked site data throw or drop writes). Leaves nothing behind.
 */
export function probeStorage(storage: DraftStorage | null): boolean {
  if (!storage) return false;
  const key = `${DRAFT_STORAGE_KEY}:probe`;
  try {
    storage.setItem(key, '1');
    const ok = storage.getItem(key) === '1';
    storage.removeItem(key);
    return ok;
  } catch {
    return false;
  }
}

/** The notice when the draft cannot be kept on this device. */
export const NOT_SAVED_NOTICE =
  'Your answers are not being saved: this browser does not let the page store them (private mode, full storage or blocked site data). Copy your text before you leave the page.';

/**
 * Saves a draft, or removes the stored one when the draft is empty.
 *
 * @returns `null` when saved, else {@link NOT_SAVED_NOTICE}. Never throws.
 */
export function saveDraft(storage: DraftStorage, draft: RequestDraft, now: Date): string | null {
  try {
    if (isDraftEmpty(draft)) storage.removeItem(DRAFT_STORAGE_KEY);
    else storage.setItem(DRAFT_STORAGE_KEY, serializeDraft(draft, now));
    return null;
  } catch {
    return NOT_SAVED_NOTICE;
  }
}

/**
 * Reads the stored draft (see {@link parseDraft}); a value it cannot read is
 * copied to {@link SET_ASIDE_KEY} first, so no later save overwrites it.
 * Storage that cannot be read counts as no draft. Never throws.
 */
export function loadDraft(storage: DraftStorage): ParsedDraft {
  try {
    const parsed = parseDraft(storage.getItem(DRAFT_STORAGE_KEY));
    if (parsed.kind === 'unreadable') {
      storage.setItem(SET_ASIDE_KEY, parsed.raw);
      storage.removeItem(DRAFT_STORAGE_KEY);
    }
    return parsed;
  } catch {
    return {kind: 'none'};
  }
}

/** The draft set aside by {@link loadDraft}, or `null`. Never throws. */
export function loadSetAside(storage: DraftStorage): string | null {
  try {
    return storage.getItem(SET_ASIDE_KEY);
  } catch {
    return null;
  }
}

/** Removes the draft set aside. Never throws. */
export function discardSetAside(storage: DraftStorage): void {
  try {
    storage.removeItem(SET_ASIDE_KEY);
  } catch {
    // Storage blocked: there is nothing stored to remove.
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
