/**
 * The reader's answers to "Did this solve your problem?", remembered on the
 * device (`localStorage`) per section, so the question is not asked again.
 * Stored data is untrusted: a value that is not a record of known answers
 * reads as none. Nothing here leaves the device.
 *
 * @module
 */
// Zod's tree-shakable build: this module is on every content page.
import * as z from 'zod/mini';
import {webStorage} from '../webStorage';

/** The localStorage key. */
export const VOTES_KEY = 'support-center.feedback-votes.v1';

/** Most sections remembered (the latest answers win). */
export const MAX_REMEMBERED_VOTES = 200;

/** An answer: `yes` (it solved the problem) or `no`. */
export type Vote = 'yes' | 'no';

const votesSchema = z.record(z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/)), z.enum(['yes', 'no']));

/** The local storage, or `undefined` where there is none (server, blocked storage). */
const storage = (): Storage | undefined => webStorage('local');

/** Every remembered answer by registry id; `{}` when none or invalid. */
export function readVotes(): Record<string, Vote> {
  try {
    const raw = storage()?.getItem(VOTES_KEY);
    if (!raw) return {};
    const parsed = votesSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The remembered answer for a section, or `undefined`. */
export function readVote(section: string): Vote | undefined {
  return readVotes()[section];
}

/**
 * Remembers (or, with `undefined`, forgets) the answer for a section; the
 * oldest answers go beyond {@link MAX_REMEMBERED_VOTES}. No-op without storage.
 */
export function writeVote(section: string, vote: Vote | undefined): void {
  try {
    const votes = readVotes();
    delete votes[section];
    if (vote) votes[section] = vote;
    const kept = Object.entries(votes).slice(-MAX_REMEMBERED_VOTES);
    storage()?.setItem(VOTES_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Storage full or blocked: the question is asked again next time.
  }
}
