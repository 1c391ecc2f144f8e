/**
 * The activation link's validity, in words, from the config: the one source
 * of "24 hours" on every page. Pure, no React.
 *
 * @module
 */
import type {SupportConfig} from '../data/schema';
import {plural} from '../sla/wording';

/**
 * How long an activation link is valid, as text.
 *
 * @param config - the support config (`activationLink.validityHours`, whole hours).
 * @param form - `noun` for "valid for 24 hours", `adjective` for "its 24-hour window".
 * @returns for example `24 hours` or `24-hour`; whole days are never converted (links are counted in hours).
 */
export function linkValidityText(config: SupportConfig, form: 'noun' | 'adjective' = 'noun'): string {
  const hours = config.activationLink.validityHours;
  return form === 'adjective' ? `${hours}-hour` : plural(hours, 'hour');
}
