import type {ReactNode} from 'react';
import {supportConfig} from '@site/src/data/supportConfig';
import {phoneNumber} from '@site/src/facts/channels';
import type {PhoneChannelId} from '@site/src/data/schema';

/** Props of {@link Phone}. */
export interface PhoneProps {
  /** Which phone channel of the support config. */
  channel: PhoneChannelId;
}

/**
 * A `tel:` link (E.164) to one of the config's phone lines, showing the number
 * as people read it.
 *
 * @throws {Error} at build time when `channel` is not a phone channel.
 */
export default function Phone({channel}: PhoneProps): ReactNode {
  const {display, href} = phoneNumber(supportConfig, channel);
  return <a href={href}>{display}</a>;
}
