/**
 * The support config: the single source of truth for every contact, opening
 * hour, time zone, holiday rule, special hours and SLA figure on the site. Pages never type these
 * facts; components render them from here. The build validates this object
 * with `parseSupportConfig` (see `schema.ts`) and fails naming the field when a
 * value is wrong.
 *
 * To adopt the site, edit this file only: see the README, "Your own support
 * config".
 */
import type {SupportConfig} from './schema';

/** Monday to Friday `open`-`close` (local wall-clock `HH:mm`), closed at weekends. */
function mondayToFriday(open: string, close: string): SupportConfig['businessHours'] {
  const day = [{open, close}];
  return {monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: [], sunday: []};
}

/**
 * The support config of the agreement activation system.
 *
 * Source: the product owner's Contact Support page. That page states the
 * response and resolution targets twice, and the two lists disagree (Low first
 * response "24-48 hours" against "24 hours"; Medium resolution "1-2" against
 * "2-3 business days"). They are reconciled here by one rule: the "Service Level
 * Agreements" section is the commitment and wins. A range is read as
 * "aim - commitment"; a single figure is both; "same or next business day" is
 * the range 0-1 business days.
 */
export const supportConfig: SupportConfig = {
  organization: {
    name: 'Agreement Activation Support',
    product: 'Agreement Activation System',
  },
  domain: 'example.com',
  timeZone: 'America/New_York',
  businessHours: mondayToFriday('08:00', '18:00'),
  // US federal holidays (5 U.S.C. 6103), observed dates: a Saturday holiday
  // is observed on the Friday before, a Sunday holiday on the Monday after.
  // Resolved to dates at build time by the date-holidays library, for the
  // years of `calendarYears` (see the README, "Holidays and special hours").
  // date-holidays lists the federal holidays as "public", and the observed
  // Veterans Day (the Friday before a Saturday November 11) as "bank".
  holidays: {
    country: 'US',
    types: ['public', 'bank'],
    substitutes: 'instead',
    additions: [],
    removals: [],
  },
  specialHours: [{date: '2026-12-24', name: 'Christmas Eve', hours: [{open: '08:00', close: '13:00'}]}],
  // From 2026 (the first year of this support desk) to 10 years after the
  // build year: a build in 2026 covers 2026-2036, one in 2027 2026-2037. The
  // priority picker accepts submission times in those years.
  calendarYears: {first: 2026, yearsAhead: 10},
  channels: [
    {
      id: 'general',
      kind: 'email',
      label: 'General Support',
      mailbox: 'support',
      hours: {kind: 'business'},
      response: {kind: 'priority', priority: 'medium'},
      bestFor: ['General questions', 'Non-urgent technical issues', 'Documentation requests'],
      include: ['A detailed description of the issue', 'Screenshots', 'System information'],
    },
    {
      id: 'urgent',
      kind: 'email',
      label: 'Urgent Support',
      mailbox: 'urgent',
      hours: {kind: 'business'},
      response: {kind: 'priority', priority: 'high'},
      bestFor: [
        'High priority issues: a client cannot activate or download the PDF, no access to the dashboard',
        'The written record of a Critical issue, after you called the emergency line',
      ],
      include: ['Business impact description', 'Why it is urgent', 'A phone number to reach you'],
      notes: [
        'Read during business hours. Outside them, call a Critical issue in on the emergency line first: email alone waits for the next business day.',
      ],
    },
    {
      id: 'phone',
      kind: 'phone',
      label: 'Phone Support',
      e164: '+15551234567',
      display: '+1 (555) 123-4567',
      hours: {kind: 'business'},
      response: {kind: 'live'},
      bestFor: ['Complex technical issues', 'Immediate assistance', 'Accessibility support'],
    },
    {
      id: 'emergency',
      kind: 'phone',
      label: 'Emergency Line',
      e164: '+15559998888',
      display: '+1 (555) 999-8888',
      hours: {kind: '24/7'},
      response: {kind: 'live'},
      bestFor: [
        'Complete system unavailability',
        'Security incidents and data breaches',
        'Data loss',
        'Several clients affected at once',
      ],
      notes: [
        'Critical priority issues only. After the call, send the details to the urgent address for the written record.',
        'You will be asked for account verification information before we can act.',
      ],
    },
    {
      id: 'chat',
      kind: 'chat',
      label: 'Live Chat',
      location: 'Operator dashboard (when signed in)',
      hours: {
        kind: 'custom',
        week: mondayToFriday('09:00', '17:00'),
      },
      response: {kind: 'live'},
      bestFor: ['Quick questions', 'Real-time troubleshooting', 'Feature guidance'],
    },
    {
      id: 'features',
      kind: 'email',
      label: 'Feature Requests',
      mailbox: 'features',
      subject: 'Feature request',
      hours: {kind: 'business'},
      response: {kind: 'priority', priority: 'low'},
      bestFor: ['Suggestions for new features', 'Improvements to existing workflows'],
      include: [
        'A detailed description of the functionality you want',
        'The business case: how it would improve your workflow',
        'How important and urgent it is for your business',
      ],
    },
  ],
  priorities: {
    critical: {
      label: 'Critical',
      summary: 'The system or a large part of it is unusable, or data or security is at risk.',
      examples: ['System outages', 'Data loss', 'Security incidents', 'Several clients affected at once'],
      firstResponse: {clock: 'calendar', aimMinutes: 60, commitmentMinutes: 60},
      resolution: {kind: 'continuous'},
      coverage: '24/7, including nights, weekends and holidays',
      // Call the emergency line, then email the urgent address for the written record.
      channels: ['emergency', 'urgent'],
      // The Contact Support page: mark a request with critical business impact "URGENT".
      subjectTag: 'URGENT',
    },
    high: {
      label: 'High',
      summary: 'A core task fails for you or a client and there is no workaround.',
      examples: ['Client activation failures', 'Dashboard access issues', 'PDF generation problems'],
      firstResponse: {clock: 'business', aimMinutes: 60, commitmentMinutes: 120},
      resolution: {kind: 'businessDays', aimDays: 0, commitmentDays: 1},
      coverage: 'Business hours',
      channels: ['urgent', 'phone'],
    },
    medium: {
      label: 'Medium',
      summary: 'Something does not work as it should, but you can keep working.',
      examples: ['Non-critical bugs', 'Workflow issues', 'Training requests'],
      firstResponse: {clock: 'business', aimMinutes: 240, commitmentMinutes: 480},
      resolution: {kind: 'businessDays', aimDays: 2, commitmentDays: 3},
      coverage: 'Business hours',
      channels: ['general', 'chat'],
    },
    low: {
      label: 'Low',
      summary: 'A question or a wish, with no impact on today’s work.',
      examples: ['General questions', 'Feature requests', 'Documentation updates'],
      firstResponse: {clock: 'business', aimMinutes: 1440, commitmentMinutes: 1440},
      resolution: {kind: 'businessDays', aimDays: 3, commitmentDays: 5},
      coverage: 'Business hours',
      channels: ['general'],
    },
  },
  // Yes/no questions of the priority picker, asked in this order; the first
  // "yes" decides. Taken from the priority definitions above.
  triage: [
    {
      id: 'system-down',
      question: 'Is the whole system down or unreachable for everyone?',
      priority: 'critical',
      reason: 'A complete outage is a critical system outage.',
    },
    {
      id: 'data-or-security',
      question: 'Has data been lost, or is there a security incident or data breach?',
      priority: 'critical',
      reason: 'Data loss and security incidents are always critical.',
    },
    {
      id: 'multiple-clients',
      question: 'Are several clients or operators affected at the same time?',
      priority: 'critical',
      reason: 'Impact on several clients at once is critical.',
    },
    {
      id: 'activation-blocked',
      question: 'Is a client unable to activate an agreement or download its PDF, or can you not reach the dashboard?',
      priority: 'high',
      reason: 'Activation failures, dashboard access issues and PDF problems are high priority.',
    },
    {
      id: 'workaround',
      question: 'Is it a bug or workflow issue that you can work around for now, or a training request?',
      priority: 'medium',
      reason: 'Non-critical bugs, workflow issues and training requests are medium priority.',
    },
  ],
  escalation: {
    channel: 'urgent',
    subjectKeyword: 'ESCALATION',
    when: [
      'The issue affects several clients or operators',
      'Business operations are significantly impacted',
      'The first support response did not resolve the issue',
      'Security or data privacy concerns arise',
      'There are compliance or legal implications',
    ],
    how: [
      'Reference the original support ticket number',
      'Explain the business impact and urgency clearly',
      'Give a management contact',
      'Include any compliance or legal requirements',
    ],
  },
  tiers: [
    {name: 'Tier 1', scope: 'General support, common issues, account questions'},
    {name: 'Tier 2', scope: 'Technical issues, integration problems, complex troubleshooting'},
    {name: 'Tier 3', scope: 'Engineering escalation, system architecture issues, security incidents'},
    {name: 'Management', scope: 'Business impact issues, escalation resolution, contract questions'},
  ],
  expertise: [
    {team: 'Technical Support', scope: 'Browser issues, network problems, system errors'},
    {team: 'Account Management', scope: 'Access permissions, user setup, organization configuration'},
    {team: 'Integration Support', scope: 'CRM connections, API issues, webhook problems'},
    {team: 'Security Team', scope: 'Data protection, privacy questions, security incidents'},
    {team: 'Training Team', scope: 'User education, best practices, workflow optimization'},
  ],
  languages: {primary: 'English', additional: []},
  // The product's rule: a link opens for 24 hours after the operator generates it.
  activationLink: {validityHours: 24},
  availability: {uptimeGoalPercent: 99.9, emergencyUpdateIntervalMinutes: 30},
  // The report flags a section that fewer than 60% of at least 5 voters found helpful.
  feedback: {eventPath: '/e.gif', helpfulThreshold: 0.6, minVotes: 5},
};
