/**
 * Lists of the support config (channel details, escalation, team, priority
 * examples) rendered as Markdown-like bullet lists at build time.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {supportConfig} from '@site/src/data/supportConfig';
import {contactRows, getChannel} from '@site/src/facts/channels';
import type {ChannelId} from '@site/src/data/schema';
import type {PriorityId} from '@site/src/sla/types';
import {priorityRoute} from '@site/src/facts/routing';
import {deepLinkHref} from '@site/src/data/deepLinks';
import {PriorityEmail, ScenarioEmail} from '@site/src/components/Email';

/** A channel's "Best for", "Include" and notes from the config, as a bullet list. */
export function ChannelDetails({channel}: {channel: ChannelId}): ReactNode {
  const c = getChannel(supportConfig, channel);
  return (
    <ul>
      <li>
        <strong>Best for</strong>: {c.bestFor.join(', ')}
      </li>
      {c.include && (
        <li>
          <strong>Include</strong>: {c.include.join(', ')}
        </li>
      )}
      {c.notes?.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/** When to escalate (`part="when"`) or how (`part="how"`), from the config's escalation route. */
export function EscalationList({part}: {part: 'when' | 'how'}): ReactNode {
  return (
    <ul>
      {supportConfig.escalation[part].map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The support tiers and what each handles. */
export function TeamTiers(): ReactNode {
  return (
    <ul>
      {supportConfig.tiers.map((t) => (
        <li key={t.name}>
          <strong>{t.name}</strong>: {t.scope}
        </li>
      ))}
    </ul>
  );
}

/** The expertise areas of the support team. */
export function ExpertiseAreas(): ReactNode {
  return (
    <ul>
      {supportConfig.expertise.map((t) => (
        <li key={t.team}>
          <strong>{t.team}</strong>: {t.scope}
        </li>
      ))}
    </ul>
  );
}

/** A priority's examples from the config, as a bullet list. */
export function PriorityExamples({priority}: {priority: PriorityId}): ReactNode {
  return (
    <ul>
      {supportConfig.priorities[priority].examples.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** The channels to use for a priority, preferred first, with their links. */
export function PriorityChannels({priority}: {priority: PriorityId}): ReactNode {
  return (
    <ul>
      {supportConfig.priorities[priority].channels.map((id) => (
        <li key={id}>
          <ChannelLink id={id} />
        </li>
      ))}
    </ul>
  );
}

/** A channel's label with its link: `mailto:` address, `tel:` number, or the chat's location. */
export function ChannelLink({id}: {id: ChannelId}): ReactNode {
  const row = contactRows(supportConfig).find((r) => r.id === id);
  if (!row) return null;
  return (
    <>
      {row.label}: {row.href ? <a href={row.href}>{row.method}</a> : row.method}
      {row.id === 'chat' && (
        <>
          {' '}
          (<Link to={deepLinkHref('contact.chat')}>about live chat</Link>)
        </>
      )}
    </>
  );
}

/**
 * Where to send a request of a priority, as a phrase for running text, from
 * the config's route rule (`priorityRoute`): "call the Emergency Line at
 * +1 (555) 999-8888, then email urgent@example.com with URGENT in the
 * subject, so the details are on record" for a priority that is called in
 * first, else "email support@example.com". Starts in lower case. Inside a
 * troubleshooting scenario, pass its registry id as `scenario`: the email
 * then carries the scenario's subject (see `ScenarioEmail`).
 */
export function PriorityRoute({priority, scenario}: {priority: PriorityId; scenario?: string}): ReactNode {
  const route = priorityRoute(supportConfig, priority);
  const email = scenario ? (
    <ScenarioEmail scenario={scenario} priority={priority} />
  ) : (
    <PriorityEmail priority={priority} />
  );
  const tag = route.subjectTag ? <> with {route.subjectTag} in the subject</> : null;
  if (!route.callFirst) {
    return (
      <>
        email {email}
        {tag}
      </>
    );
  }
  return (
    <>
      call the {route.callFirst.label} at <a href={route.callFirst.href}>{route.callFirst.display}</a>, then email{' '}
      {email}
      {tag}, so the details are on record
    </>
  );
}
