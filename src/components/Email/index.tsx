import type {ReactNode} from 'react';
import {supportConfig} from '@site/src/data/supportConfig';
import {emailAddress} from '@site/src/facts/channels';
import {mailtoHref} from '@site/src/facts/mailto';
import type {EmailChannelId} from '@site/src/data/schema';

/** Props of {@link Email}. */
export interface EmailProps {
  /** Which email channel of the support config. */
  channel: EmailChannelId;
  /** Optional subject, e.g. `ESCALATION`, put into the `mailto:` link. */
  subject?: string;
}

/**
 * A `mailto:` link to one of the config's email channels, showing the address.
 * The address is `mailbox@domain` from `src/data/supportConfig.ts`; pages never
 * type it.
 *
 * @throws {Error} at build time when `channel` is not an email channel.
 */
export default function Email({channel, subject}: EmailProps): ReactNode {
  const address = emailAddress(supportConfig, channel);
  return <a href={mailtoHref(address, {subject})}>{address}</a>;
}
