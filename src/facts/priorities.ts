/**
 * Facts of the support config's priorities as plain data and strings: the
 * rows of the priority table and the service-level table. Pure functions of
 * a {@link SupportConfig}: no React, no `@docusaurus/*`, no clock.
 * Unit-tested in `__tests__/priorities.test.ts`.
 *
 * @module
 */
import {PRIORITY_IDS, type PriorityId} from '../sla/types';
import {describeResolutionTarget, describeResponseTarget} from '../sla/wording';
import type {ChannelId, SupportConfig} from '../data/schema';

/** One row of the priority and service-level tables. */
export interface PriorityRow {
  id: PriorityId;
  label: string;
  summary: string;
  examples: string[];
  /** e.g. `1-2 business hours` or `Within 1 hour, 24/7`. */
  firstResponse: string;
  /** e.g. `Same or next business day`. */
  resolution: string;
  /** `Business hours` or `Calendar hours (24/7)`: the clock the response target counts. */
  clock: string;
  coverage: string;
  channels: ChannelId[];
}

/** The rows of the priority and service-level tables, most urgent first. */
export function priorityRows(config: SupportConfig): PriorityRow[] {
  return PRIORITY_IDS.map((id) => {
    const p = config.priorities[id];
    return {
      id,
      label: p.label,
      summary: p.summary,
      examples: p.examples,
      firstResponse: describeResponseTarget(p.firstResponse),
      resolution: describeResolutionTarget(p.resolution),
      clock: p.firstResponse.clock === 'calendar' ? 'Calendar hours (24/7)' : 'Business hours',
      coverage: p.coverage,
      channels: p.channels,
    };
  });
}
