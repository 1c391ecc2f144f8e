import {describe, expect, it} from 'vitest';
import {EXAMPLE_SUPPORT_CONFIG as supportConfig} from '../../../data/__tests__/exampleConfig';
import {
  buildBody,
  buildCopyText,
  buildSubject,
  emptyDraft,
  fieldLabel,
  isFieldRequired,
  isFieldShown,
  routeRequest,
  sectionsFor,
  shownFields,
  validateRequest,
  type RequestDraft,
} from '../model';
import {PRIORITY_IDS} from '../../../sla/types';

const context = {config: supportConfig, siteUrl: 'https://help.example.com', viewerZone: 'America/Los_Angeles'};

/** A complete, valid operator request about a client's PDF download. */
function operatorPdfRequest(overrides: Partial<RequestDraft> = {}): RequestDraft {
  return {
    ...emptyDraft(),
    role: 'operator',
    organization: 'Northwind Traders',
    kind: 'activation',
    topic: 'operator:pdf-generation-problems',
    summary: 'Client PDF download failing',
    description: 'The client activates the agreement, but the PDF download fails with a network error.',
    priority: 'high',
    responseMethod: 'email',
    clientCompany: 'Company ABC',
    ...overrides,
  };
}

describe('sections and fields', () => {
  it('shows only the sections that apply to the kind of issue', () => {
    expect([...sectionsFor({kind: ''})]).toEqual(['about']);
    expect([...sectionsFor({kind: 'other'})]).toEqual(['about']);
    expect([...sectionsFor({kind: 'technical'})]).toEqual(['about', 'technical']);
    expect([...sectionsFor({kind: 'activation'})]).toEqual(['about', 'technical', 'activation']);
  });

  it('lists the seed’s fields per section, in form order', () => {
    const draft = operatorPdfRequest();
    expect(shownFields('technical', draft)).toEqual([
      'errorMessages',
      'browser',
      'os',
      'device',
      'connection',
      'steps',
      'tried',
    ]);
    expect(shownFields('activation', draft)).toEqual([
      'clientCompany',
      'linkGeneratedAt',
      'linkUsedAt',
      'clientSaw',
      'clientContact',
    ]);
  });

  it('asks a client about their own link, not about a client company or contact', () => {
    const draft = operatorPdfRequest({role: 'client'});
    expect(shownFields('activation', draft)).toEqual(['linkGeneratedAt', 'linkUsedAt', 'clientSaw']);
    expect(fieldLabel('linkGeneratedAt', 'client')).toBe('When you received the link');
    expect(fieldLabel('linkGeneratedAt', 'operator')).toBe('When the link was generated');
    expect(fieldLabel('organization', 'client')).toBe('Your company');
  });

  it('shows business impact for High and Critical only, and the ticket only when escalating', () => {
    expect(isFieldShown('impact', operatorPdfRequest({priority: 'medium'}))).toBe(false);
    expect(isFieldShown('impact', operatorPdfRequest({priority: 'high'}))).toBe(true);
    expect(isFieldRequired('impact', operatorPdfRequest({priority: 'high'}))).toBe(false);
    expect(isFieldRequired('impact', operatorPdfRequest({priority: 'critical'}))).toBe(true);
    expect(isFieldShown('ticket', operatorPdfRequest())).toBe(false);
    expect(isFieldRequired('ticket', operatorPdfRequest({escalation: true}))).toBe(true);
  });
});

describe('validateRequest', () => {
  it('accepts a complete request', () => {
    expect(validateRequest(operatorPdfRequest())).toEqual({});
  });

  it('names every missing required field of a blank request with a readable message, in form order', () => {
    const errors = validateRequest(emptyDraft());
    expect(Object.keys(errors)).toEqual([
      'role',
      'organization',
      'kind',
      'summary',
      'description',
      'priority',
      'responseMethod',
    ]);
    expect(errors.role).toBe('Choose whether you are a client or an operator.');
    expect(errors.priority).toBe('Choose a priority. Not sure? The priority picker suggests one.');
  });

  it('treats text made of spaces as not answered', () => {
    expect(validateRequest(operatorPdfRequest({organization: '   \n '})).organization).toBe(
      'Enter your organization’s name.',
    );
  });

  it('wants a description of at least 20 characters', () => {
    expect(validateRequest(operatorPdfRequest({description: 'It fails.'})).description).toMatch(
      /at least 20 characters/,
    );
  });

  it('refuses live chat for a client and explains why', () => {
    expect(validateRequest(operatorPdfRequest({role: 'client', responseMethod: 'chat'})).responseMethod).toMatch(
      /operator dashboard.*email or phone/,
    );
    expect(validateRequest(operatorPdfRequest({responseMethod: 'chat'}))).toEqual({});
  });

  it('needs a dialable phone number for phone responses and Critical requests', () => {
    expect(validateRequest(operatorPdfRequest({responseMethod: 'phone'})).contactPhone).toMatch(/phone response/);
    expect(
      validateRequest(operatorPdfRequest({priority: 'critical', impact: 'All clients blocked'})).contactPhone,
    ).toMatch(/Critical requests need one/);
    expect(
      validateRequest(operatorPdfRequest({responseMethod: 'phone', contactPhone: 'call me'})).contactPhone,
    ).toMatch(/country code/);
    expect(validateRequest(operatorPdfRequest({responseMethod: 'phone', contactPhone: '+1 (555) 010-0100'}))).toEqual(
      {},
    );
  });

  it('needs the business impact for Critical and the ticket number for an escalation', () => {
    const errors = validateRequest(
      operatorPdfRequest({priority: 'critical', contactPhone: '+15550100100', escalation: true}),
    );
    expect(errors).toEqual({
      impact: 'Describe the business impact: Critical requests need it.',
      ticket: 'Enter the original ticket number you are escalating.',
    });
  });

  it('needs the client company from an operator, not from a client', () => {
    expect(validateRequest(operatorPdfRequest({clientCompany: ''})).clientCompany).toMatch(/client company/);
    expect(validateRequest(operatorPdfRequest({role: 'client', clientCompany: ''}))).toEqual({});
  });

  it('reports a too-long value with both lengths instead of cutting it', () => {
    const errors = validateRequest(operatorPdfRequest({summary: 'x'.repeat(121)}));
    expect(errors.summary).toBe('Shorten this to 120 characters or fewer (it has 121).');
  });

  it('checks link times: real dates, and not used before generated', () => {
    expect(validateRequest(operatorPdfRequest({linkGeneratedAt: '2026-02-30T10:00'})).linkGeneratedAt).toMatch(
      /date and time/,
    );
    expect(
      validateRequest(operatorPdfRequest({linkGeneratedAt: '2026-11-27T10:00', linkUsedAt: '2026-11-27T09:59'}))
        .linkUsedAt,
    ).toMatch(/before the link was generated/);
    expect(
      validateRequest(operatorPdfRequest({linkGeneratedAt: '2026-11-27T10:00', linkUsedAt: '2026-11-28T09:00'})),
    ).toEqual({});
  });

  it('does not check fields of sections that do not apply', () => {
    expect(validateRequest(operatorPdfRequest({kind: 'other', clientCompany: '', linkUsedAt: 'garbage'}))).toEqual({});
  });
});

describe('buildSubject', () => {
  it('follows the seed’s form "Client PDF download failing - Company ABC" for an operator’s activation issue', () => {
    expect(buildSubject(operatorPdfRequest(), supportConfig)).toBe('Client PDF download failing - Company ABC');
  });

  it('uses the organization when there is no client company (a client, or a technical issue)', () => {
    expect(buildSubject(operatorPdfRequest({role: 'client', organization: 'Company ABC'}), supportConfig)).toBe(
      'Client PDF download failing - Company ABC',
    );
    expect(buildSubject(operatorPdfRequest({kind: 'technical', summary: 'Dashboard not loading'}), supportConfig)).toBe(
      'Dashboard not loading - Northwind Traders',
    );
  });

  it('starts an escalation with ESCALATION and the original ticket number', () => {
    expect(buildSubject(operatorPdfRequest({escalation: true, ticket: ' 48213 '}), supportConfig)).toBe(
      'ESCALATION - Ticket 48213 - Client PDF download failing - Company ABC',
    );
  });

  it('marks a Critical request URGENT, after ESCALATION', () => {
    expect(buildSubject(operatorPdfRequest({priority: 'critical'}), supportConfig)).toBe(
      'URGENT - Client PDF download failing - Company ABC',
    );
    expect(buildSubject(operatorPdfRequest({priority: 'critical', escalation: true, ticket: '7'}), supportConfig)).toBe(
      'ESCALATION - Ticket 7 - URGENT - Client PDF download failing - Company ABC',
    );
  });

  it('keeps the subject on one line and leaves blank parts out', () => {
    expect(
      buildSubject(operatorPdfRequest({summary: 'PDF\r\nfailing\t again', clientCompany: ''}), supportConfig),
    ).toBe('PDF failing again - Northwind Traders');
    expect(buildSubject(emptyDraft(), supportConfig)).toBe('');
  });
});

describe('routeRequest', () => {
  it.each([
    ['low', 'general', 'support@example.com'],
    ['medium', 'general', 'support@example.com'],
    ['high', 'urgent', 'urgent@example.com'],
    ['critical', 'urgent', 'urgent@example.com'],
  ] as const)('sends %s priority to the %s address', (priority, channel, address) => {
    expect(routeRequest(supportConfig, priority)).toMatchObject({channel, address});
  });

  it('asks to call the emergency line first for Critical only, with its number', () => {
    expect(routeRequest(supportConfig, 'critical').callFirst).toEqual({
      channel: 'emergency',
      label: 'Emergency Line',
      display: '+1 (555) 999-8888',
      href: 'tel:+15559998888',
    });
    for (const p of PRIORITY_IDS.filter((id) => id !== 'critical')) {
      expect(routeRequest(supportConfig, p).callFirst, p).toBeUndefined();
    }
  });

  it('follows the config: a priority that lists another email channel first goes there', () => {
    const config = {
      ...supportConfig,
      priorities: {
        ...supportConfig.priorities,
        low: {...supportConfig.priorities.low, channels: ['features' as const]},
      },
    };
    expect(routeRequest(config, 'low')).toMatchObject({channel: 'features', address: 'features@example.com'});
  });

  it('sends an escalation to the escalation channel, with the reason', () => {
    expect(routeRequest(supportConfig, 'low', true)).toMatchObject({
      channel: 'urgent',
      reason: 'Escalations go to Urgent Support.',
    });
    expect(routeRequest(supportConfig, 'medium').reason).toBe('Medium priority requests go to General Support.');
  });

  it('throws on an unknown priority', () => {
    expect(() => routeRequest(supportConfig, 'urgent' as never)).toThrow('Unknown priority "urgent"');
  });
});

describe('buildBody', () => {
  it('writes every answered field with its label, grouped by section, and leaves unanswered ones out', () => {
    const body = buildBody(
      operatorPdfRequest({
        errorMessages: 'Failed - Network error',
        browser: 'Chrome 131.0.0.0',
        os: 'Windows 10',
        device: 'laptop',
        steps: '1. Open the link\n2. Activate\n3. Click Download PDF',
        clientSaw: 'A spinner, then "Failed - Network error"',
      }),
      context,
    );
    expect(body).toBe(
      [
        'Your role: Operator',
        'Your organization: Northwind Traders',
        'Kind of issue: Client activation issue (activation link, activation, PDF)',
        'Troubleshooting guide followed: PDF generation problems, https://help.example.com/operators/troubleshooting#pdf-generation-problems',
        'Issue description:',
        'The client activates the agreement, but the PDF download fails with a network error.',
        '',
        'Priority: High (first response: 1-2 business hours; resolution: Same or next business day)',
        'Preferred response method: Email',
        '',
        'Technical details',
        '-----------------',
        'Exact error messages:',
        'Failed - Network error',
        '',
        'Browser and version: Chrome 131.0.0.0',
        'Operating system and version: Windows 10',
        'Device type: Laptop',
        'Steps to reproduce:',
        '1. Open the link',
        '2. Activate',
        '3. Click Download PDF',
        '',
        'Client activation details',
        '-------------------------',
        'Client company: Company ABC',
        'What the client saw or reported:',
        'A spinner, then "Failed - Network error"',
      ].join('\n'),
    );
  });

  it('puts each known incident of the topic after the guide followed (issue 13)', () => {
    const body = buildBody(operatorPdfRequest(), {
      ...context,
      knownIncidents: [
        {id: 'pdf-outage', title: 'PDF downloads fail', url: 'https://help.example.com/status#pdf-outage'},
      ],
    });
    expect(body).toContain(
      'Troubleshooting guide followed: PDF generation problems, https://help.example.com/operators/troubleshooting#pdf-generation-problems\nKnown incident: PDF downloads fail (pdf-outage), https://help.example.com/status#pdf-outage\n',
    );
  });

  it('leaves out the fields of sections that do not apply, even when filled', () => {
    const body = buildBody(operatorPdfRequest({kind: 'other', browser: 'Chrome 131', clientSaw: 'x'}), context);
    expect(body).not.toMatch(/Browser|Technical details|Client activation details|Client company/);
  });

  it('gives link times in the viewer’s zone and the support zone', () => {
    const body = buildBody(
      operatorPdfRequest({linkGeneratedAt: '2026-11-27T10:15', linkUsedAt: '2026-11-28T09:00'}),
      context,
    );
    expect(body).toContain(
      'When the link was generated: Fri, Nov 27, 2026, 10:15 AM PST (Fri, Nov 27, 2026, 1:15 PM EST, support time)',
    );
    expect(body).toContain(
      'When the client tried to use it: Sat, Nov 28, 2026, 9:00 AM PST (Sat, Nov 28, 2026, 12:00 PM EST, support time)',
    );
  });

  it('reads link times in the support zone when the viewer’s zone is unknown', () => {
    const body = buildBody(operatorPdfRequest({linkGeneratedAt: '2026-11-27T10:15'}), {
      ...context,
      viewerZone: 'Nowhere/Land',
    });
    expect(body).toContain('When the link was generated: Fri, Nov 27, 2026, 10:15 AM EST');
    expect(body).not.toContain('support time');
  });

  it('adds escalation, impact and phone for a Critical escalation', () => {
    const body = buildBody(
      operatorPdfRequest({
        priority: 'critical',
        impact: 'No client can activate.\nSales are blocked.',
        responseMethod: 'phone',
        contactPhone: '+1 555 010 0100',
        escalation: true,
        ticket: '48213',
      }),
      context,
    );
    expect(body).toContain(
      'Priority: Critical (first response: Within 1 hour, 24/7; resolution: Continuous work until resolved)',
    );
    expect(body).toContain('Business impact and why it is urgent:\nNo client can activate.\nSales are blocked.\n');
    expect(body).toContain('Phone number to reach you: +1 555 010 0100');
    expect(body).toContain('Escalation of an earlier request: Yes\nOriginal ticket number: 48213');
  });

  it('normalizes Windows and old Mac line breaks to \\n', () => {
    expect(
      buildBody(operatorPdfRequest({description: 'first line is long enough\r\nsecond\rthird'}), context),
    ).toContain('Issue description:\nfirst line is long enough\nsecond\nthird\n');
  });

  it('is empty for a blank draft', () => {
    expect(buildBody(emptyDraft(), context)).toBe('');
  });

  it('copies address, subject and the whole body', () => {
    expect(buildCopyText('urgent@example.com', 'S', 'line 1\nline 2')).toBe(
      'To: urgent@example.com\nSubject: S\n\nline 1\nline 2',
    );
  });
});
