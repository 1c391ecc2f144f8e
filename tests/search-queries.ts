/**
 * The search's query set: what people type when they are stuck, written as
 * they would type it (not copied from the headings), with the sections that
 * answer it. Used by the browser test (tests/search.spec.ts: each query typed
 * into the navbar box of the production build) and the build test
 * (tests/build/search-queries.test.ts: the same queries against the built
 * index in Node, with a score per kind).
 *
 * `answers` are deep-link registry ids (src/data/deepLinks.ts): the query
 * passes when one of them is the first result, and must have one of them in
 * the top three. A `no-answer` query must end on the way forward (no result
 * that has every word of it; "Ask support" with the query carried into the
 * request builder).
 */

/** How a query is written. */
export type QueryKind =
  /** A few keywords: "expired link". */
  | 'keywords'
  /** A whole question: "how long is the link valid". */
  | 'question'
  /** What the person sees: "white screen after login", an error message. */
  | 'symptom'
  /** One or two wrong letters in a word: "dashbord". */
  | 'typo'
  /** The reader's word for what the site calls otherwise: "can't sign in" for "log in". */
  | 'synonym'
  /** Something the help center does not cover: "refund". */
  | 'no-answer';

/** One query of the set. */
export interface SearchCase {
  readonly query: string;
  readonly kind: QueryKind;
  /** Registry ids of the sections that answer it; empty for `no-answer`. */
  readonly answers: readonly string[];
}

export const QUERY_KINDS: readonly QueryKind[] = ['keywords', 'question', 'symptom', 'typo', 'synonym', 'no-answer'];

export const SEARCH_CASES: readonly SearchCase[] = [
  // Short keywords
  {
    query: 'expired link',
    kind: 'keywords',
    answers: ['client.activation-link-expired', 'operator.activation-link-expired', 'client.faq.my-link-expired'],
  },
  {
    query: 'pdf download',
    kind: 'keywords',
    answers: ['client.pdf-download-failing', 'client.faq.how-do-i-download-the-pdf'],
  },
  {query: 'popup', kind: 'keywords', answers: ['client.pop-ups-blocked']},
  {
    query: 'crm sync',
    kind: 'keywords',
    answers: [
      'operator.crm-integration-not-working',
      'operator.faq.crm-sync-stopped',
      'operator.faq.what-does-the-crm-integration-sync',
    ],
  },
  {query: 'escalate', kind: 'keywords', answers: ['operator.faq.how-do-i-escalate', 'contact.escalation']},
  {
    query: 'supported browsers',
    kind: 'keywords',
    answers: ['system-requirements.supported-browsers', 'faq.which-browsers-are-supported'],
  },
  {
    query: 'storage full',
    kind: 'keywords',
    answers: ['client.not-enough-storage-space', 'system-requirements.storage-space'],
  },
  {query: 'wrong google account', kind: 'keywords', answers: ['operator.wrong-google-account']},

  // Questions
  {
    query: 'how long is the link valid',
    kind: 'question',
    answers: [
      'faq.how-long-is-an-activation-link-valid',
      'operator.faq.how-long-is-a-link-valid',
      'client.faq.how-long-do-i-have-to-activate',
    ],
  },
  {
    query: 'do I need an account to activate',
    kind: 'question',
    answers: ['client.faq.do-i-need-an-account', 'faq.do-i-need-an-account'],
  },
  {
    query: 'where is my pdf',
    kind: 'question',
    answers: ['client.faq.where-did-my-pdf-go', 'faq.how-do-i-find-my-pdf-later'],
  },
  {query: 'can I undo the activation', kind: 'question', answers: ['client.faq.activated-by-mistake']},
  {query: 'who do I call at night', kind: 'question', answers: ['contact.emergency']},
  {query: 'are you open on christmas', kind: 'question', answers: ['faq.are-you-open-on-holidays']},
  {
    query: 'how do I make a new link for a client',
    kind: 'question',
    answers: [
      'operator.faq.how-do-i-generate-an-activation-link',
      'operator.faq.client-link-expired',
      'operator.activation-link-expired',
    ],
  },
  {query: 'can I send the link to my colleague', kind: 'question', answers: ['client.faq.can-i-forward-the-link']},
  {
    query: 'why can\u2019t I log in',
    kind: 'question',
    answers: [
      'operator.wrong-google-account',
      'operator.dashboard-not-loading',
      'operator.faq.how-do-i-sign-in',
      'operator.permissions-and-account-status',
    ],
  },
  {query: 'how fast do you answer', kind: 'question', answers: ['faq.how-fast-will-you-respond']},

  // Symptoms: what the person sees or reads
  {query: 'white screen after login', kind: 'symptom', answers: ['operator.dashboard-not-loading']},
  {
    query: 'activate button does nothing',
    kind: 'symptom',
    answers: ['client.agreement-wont-activate', 'client.faq.activation-button-does-nothing'],
  },
  {
    query: 'pdf won\u2019t download on my iphone',
    kind: 'symptom',
    answers: ['client.pdf-download-failing', 'client.mobile-issues'],
  },
  {
    query: 'status not updating',
    kind: 'symptom',
    answers: ['operator.real-time-updates-stopped', 'operator.faq.status-only-changes-after-reload'],
  },
  {
    query: 'this link has expired',
    kind: 'symptom',
    answers: ['client.activation-link-expired', 'operator.activation-link-expired', 'client.faq.my-link-expired'],
  },
  {query: 'pdf is empty', kind: 'symptom', answers: ['client.pdf-wont-open', 'operator.pdf-generation-problems']},
  {query: 'failed network error', kind: 'symptom', answers: ['client.pdf-download-failing']},
  {
    query: 'you do not have access message',
    kind: 'symptom',
    answers: ['operator.permissions-and-account-status', 'operator.wrong-google-account'],
  },
  {query: 'dashboard keeps loading', kind: 'symptom', answers: ['operator.dashboard-not-loading']},
  {
    query: 'got someone else\u2019s link',
    kind: 'symptom',
    answers: ['client.wrong-email-or-forwarded-link', 'client.faq.link-not-meant-for-me'],
  },
  {query: 'hacked', kind: 'symptom', answers: ['faq.suspected-security-incident']},
  {query: 'suspicious activity', kind: 'symptom', answers: ['faq.suspected-security-incident']},

  // Typos: one or two wrong letters
  {
    query: 'activaton link expired',
    kind: 'typo',
    answers: ['client.activation-link-expired', 'operator.activation-link-expired'],
  },
  {query: 'dashbord not loading', kind: 'typo', answers: ['operator.dashboard-not-loading']},
  {
    query: 'downlaod pdf',
    kind: 'typo',
    answers: ['client.pdf-download-failing', 'client.faq.how-do-i-download-the-pdf'],
  },
  {query: 'emergancy line', kind: 'typo', answers: ['contact.emergency']},
  {
    query: 'permisions',
    kind: 'typo',
    answers: ['operator.permissions-and-account-status', 'operator.faq.who-manages-access'],
  },
  {query: 'pop up blokced', kind: 'typo', answers: ['client.pop-ups-blocked']},

  // Synonyms: the reader's word, not the site's
  {
    query: 'can\u2019t sign in',
    kind: 'synonym',
    answers: [
      'operator.wrong-google-account',
      'operator.dashboard-not-loading',
      'operator.faq.how-do-i-sign-in',
      'operator.permissions-and-account-status',
    ],
  },
  {
    query: 'login not working',
    kind: 'synonym',
    answers: [
      'operator.wrong-google-account',
      'operator.dashboard-not-loading',
      'operator.faq.how-do-i-sign-in',
      'operator.permissions-and-account-status',
    ],
  },
  {query: 'phone number', kind: 'synonym', answers: ['contact.phone']},
  {query: 'opening hours', kind: 'synonym', answers: ['faq.what-are-your-business-hours']},
  {
    query: 'link is dead',
    kind: 'synonym',
    answers: ['client.client-cant-access-activation-link', 'operator.client-cant-access-activation-link'],
  },
  {
    query: 'customer can\u2019t open the link',
    kind: 'synonym',
    answers: ['operator.client-cant-access-activation-link', 'client.client-cant-access-activation-link'],
  },
  {
    query: 'download my contract',
    kind: 'synonym',
    answers: ['client.pdf-download-failing', 'client.faq.how-do-i-download-the-pdf'],
  },
  {query: 'pop-up blocker', kind: 'synonym', answers: ['client.pop-ups-blocked']},
  {
    query: 'talk to a person',
    kind: 'synonym',
    answers: [
      'contact.phone',
      'faq.how-do-i-contact-support',
      'client.faq.who-do-i-contact',
      'operator.faq.fastest-way-to-get-help',
    ],
  },

  // Nothing in the help center answers these
  {query: 'refund', kind: 'no-answer', answers: []},
  {query: 'cancel my subscription', kind: 'no-answer', answers: []},
  {query: 'invoice', kind: 'no-answer', answers: []},
  {query: 'change my billing address', kind: 'no-answer', answers: []},
];
