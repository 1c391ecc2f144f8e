/**
 * The search vocabulary: how the words people type map to the words this
 * help center uses, so that every wording of a problem finds the same
 * section. Plain data that an adopter edits; the navbar search, the home
 * page's search and `/search` rewrite each query with it before the offline
 * index (`@easyops-cn/docusaurus-search-local`) is searched
 * (`src/components/SiteSearch/query.ts`).
 *
 * Why the index alone is not enough: the search plugin requires every word
 * of a query to be in a section, removes English stop words and stems the
 * rest, so "log in" becomes "log", which matches "logs", and "white screen"
 * finds nothing because no section says "white". The tables below say what
 * each reader word means in the site's words.
 *
 * Rules for entries (checked by `src/data/__tests__/searchVocabulary.test.ts`):
 * - lowercase, as people type them; a hyphen counts as a space ("pop-up" is "pop up");
 * - a reader phrase belongs to one group only;
 * - every site word is a word the built site really uses (the build fails,
 *   naming the group, when one is not in the docs: `src/plugins/search-vocabulary`);
 * - the longest phrase wins: "log in" is read before "log", "phone number" before "phone".
 *
 * No React, no Docusaurus.
 *
 * @module
 */

/**
 * Readers' words for one thing, and the site's words for it.
 *
 * A query word or phrase found in `readerWords` is searched as any one of
 * `siteWords` (alternatives). A site word of several words ("business hours")
 * needs all of them in one section. When the reader's own word is also a
 * word of the site ("iphone"), it stays one of the alternatives.
 */
export interface SynonymGroup {
  /** Stable id, kebab-case, for messages and tests, e.g. `sign-in`. */
  readonly id: string;
  /** What people type, words or phrases, e.g. `log in`, `login`, `signin`. */
  readonly readerWords: readonly string[];
  /** What the site says, e.g. `sign`: searched instead, each one an alternative. */
  readonly siteWords: readonly string[];
}

/** The synonym and vocabulary table. Add a group, or a reader word to a group, to teach the search a wording. */
export const SYNONYMS: readonly SynonymGroup[] = [
  {
    id: 'sign-in',
    readerWords: [
      'sign in',
      'signin',
      'signing in',
      'signed in',
      'sign on',
      'log in',
      'login',
      'logon',
      'log on',
      'logging in',
      'logged in',
      'authenticate',
      'authentication',
    ],
    siteWords: ['sign'],
  },
  {
    id: 'sign-out',
    readerWords: ['sign out', 'signout', 'log out', 'logout', 'logged out', 'signed out'],
    siteWords: ['sign out'],
  },
  {
    id: 'blank-page',
    readerWords: [
      'white screen',
      'white page',
      'blank screen',
      'blank page',
      'empty page',
      'empty screen',
      'black screen',
      'nothing loads',
      'nothing shows',
      'nothing appears',
      'page is blank',
      'screen is blank',
    ],
    siteWords: ['blank'],
  },
  {
    id: 'keeps-loading',
    readerWords: ['keeps loading', 'spinning', 'spinner', 'loading forever', 'stuck loading', 'never loads', 'hangs'],
    siteWords: ['loading'],
  },
  {
    id: 'pop-up',
    readerWords: ['pop up', 'pop ups', 'popup', 'popups', 'popup blocker', 'pop up blocker', 'new window', 'new tab'],
    siteWords: ['pop ups'],
  },
  {
    id: 'client',
    readerWords: ['customer', 'customers', 'recipient', 'signer', 'end user'],
    siteWords: ['client'],
  },
  {
    id: 'agreement',
    readerWords: ['contract', 'contracts', 'terms', 'deal', 'offer'],
    siteWords: ['agreement'],
  },
  {
    id: 'activate',
    readerWords: [
      'accept',
      'approve',
      'confirm',
      'esign',
      'e sign',
      'sign the agreement',
      'sign the contract',
      'sign my agreement',
      'sign my contract',
      'sign agreement',
      'sign contract',
    ],
    siteWords: ['activate'],
  },
  {
    id: 'link',
    readerWords: ['invite', 'invitation', 'invite link', 'activation email', 'url'],
    siteWords: ['link'],
  },
  {
    id: 'generate',
    readerWords: ['make', 'create', 'produce', 'new link', 'issue a link', 'resend', 're send', 'send again'],
    siteWords: ['generate', 'new link'],
  },
  {
    id: 'expired',
    readerWords: [
      'expired',
      'expire',
      'expires',
      'expiry',
      'expiration',
      'timed out',
      'time out',
      'no longer valid',
      'not valid',
      'invalid',
      'outdated',
      'too old',
    ],
    siteWords: ['expired'],
  },
  {
    id: 'link-broken',
    readerWords: [
      'link dead',
      'dead link',
      'link is dead',
      'link broken',
      'broken link',
      'link is broken',
      'link not working',
      'link is not working',
      'link does not work',
      "link doesn't work",
      'link does not open',
      "link won't open",
      'link not opening',
      'cannot open link',
      "can't open link",
      "can't open the link",
      'cannot open the link',
    ],
    siteWords: ['access link', 'open link'],
  },
  {
    id: 'download',
    readerWords: ['download', 'downloading', 'downloaded', 'get the pdf', 'save the pdf', 'keep a copy'],
    siteWords: ['download'],
  },
  {
    id: 'mobile',
    readerWords: [
      'iphone',
      'ipad',
      'android',
      'smartphone',
      'mobile',
      'cellphone',
      'cell phone',
      'tablet',
      'ios',
      'samsung',
    ],
    siteWords: ['phone', 'iphone', 'ipad', 'android', 'tablet'],
  },
  {
    id: 'phone-call',
    readerWords: [
      'phone number',
      'telephone',
      'telephone number',
      'call',
      'call you',
      'call support',
      'calling',
      'ring',
      'hotline',
      'number to call',
    ],
    siteWords: ['phone support', 'phone', 'call'],
  },
  {
    id: 'after-hours',
    readerWords: [
      'at night',
      'night',
      'overnight',
      'evening',
      'weekend',
      'weekends',
      'after hours',
      'out of hours',
      'outside hours',
      'outside business hours',
      'out of office',
      '24 7',
      'emergency number',
      'emergency phone',
    ],
    siteWords: ['emergency'],
  },
  {
    id: 'business-hours',
    readerWords: [
      'opening hours',
      'open hours',
      'office hours',
      'working hours',
      'support hours',
      'opening times',
      'what time',
      'when are you open',
      'open today',
    ],
    siteWords: ['business hours'],
  },
  {
    id: 'holidays',
    readerWords: [
      'christmas',
      'new year',
      'thanksgiving',
      'public holiday',
      'bank holiday',
      'holiday',
      'vacation',
      'closed days',
    ],
    siteWords: ['holidays'],
  },
  {
    id: 'security-incident',
    readerWords: [
      'hacked',
      'hack',
      'hacker',
      'breach',
      'data breach',
      'compromised',
      'suspicious',
      'suspicious activity',
      'phishing',
      'fraud',
      'scam',
      'stolen',
      'leak',
      'leaked',
      'unauthorized',
      'unauthorised',
    ],
    siteWords: ['security'],
  },
  {
    id: 'permissions',
    readerWords: [
      'access denied',
      'no access',
      'not authorized',
      'not allowed',
      'forbidden',
      'permission',
      'rights',
      'admin rights',
      'role',
    ],
    siteWords: ['permissions'],
  },
  {
    id: 'real-time',
    readerWords: [
      'real time',
      'realtime',
      'live updates',
      'live update',
      'live status',
      'auto refresh',
      'not updating',
      'does not update',
      "doesn't update",
      'not refreshing',
    ],
    siteWords: ['real time'],
  },
  {
    id: 'crm',
    readerWords: ['salesforce', 'hubspot', 'pipedrive', 'zoho', 'crm system', 'synchronization', 'synchronisation'],
    siteWords: ['crm'],
  },
  {
    id: 'dashboard',
    readerWords: ['portal', 'admin panel', 'back office', 'backoffice', 'console app', 'operator app'],
    siteWords: ['dashboard'],
  },
  {
    id: 'email',
    readerWords: ['e mail', 'mail', 'email address', 'inbox', 'e mail address'],
    siteWords: ['email'],
  },
  {
    id: 'wrong-person',
    readerWords: [
      'someone else',
      'somebody else',
      'not mine',
      'not for me',
      'not meant for me',
      'wrong person',
      'wrong recipient',
      'wrong address',
    ],
    siteWords: ['wrong person'],
  },
  {
    id: 'forward',
    readerWords: ['share', 'shared', 'pass on', 'send to a colleague', 'forwarded', 'forwarding'],
    siteWords: ['forward'],
  },
  {
    id: 'colleague',
    readerWords: ['coworker', 'co worker', 'teammate', 'team mate', 'another person'],
    siteWords: ['colleague'],
  },
  {
    id: 'undo',
    readerWords: ['undo', 'revert', 'reverse', 'take back', 'withdraw', 'cancel', 'by accident', 'accidentally'],
    siteWords: ['undo', 'mistake'],
  },
  {
    id: 'storage',
    readerWords: [
      'disk full',
      'storage full',
      'no space',
      'out of space',
      'not enough space',
      'memory full',
      'phone is full',
      'free space',
    ],
    siteWords: ['storage'],
  },
  {
    id: 'console',
    readerWords: ['devtools', 'dev tools', 'developer tools', 'logs', 'log', 'error log', 'error logs'],
    siteWords: ['console'],
  },
  {
    id: 'system-down',
    readerWords: [
      'outage',
      'offline',
      'unavailable',
      'not available',
      'system down',
      'site down',
      'is it down',
      'status page',
    ],
    siteWords: ['down'],
  },
  {
    id: 'priority',
    readerWords: ['urgency', 'severity', 'how urgent', 'importance', 'p1', 'p2', 'p3', 'p4'],
    siteWords: ['priority'],
  },
  {
    id: 'response-time',
    readerWords: [
      'response time',
      'reply time',
      'how fast',
      'how quickly',
      'how soon',
      'how long will it take',
      'wait time',
      'waiting time',
      'turnaround',
      'answer',
      'reply',
      'hear back',
      'get back to me',
    ],
    siteWords: ['respond', 'response'],
  },
  {
    id: 'service-levels',
    readerWords: ['sla', 'slas', 'service level agreement', 'service level agreements', 'service level'],
    siteWords: ['service levels'],
  },
  {
    id: 'escalate',
    readerWords: ['escalation', 'complaint', 'complain', 'manager', 'supervisor'],
    siteWords: ['escalate'],
  },
  {
    id: 'feature-request',
    readerWords: ['suggestion', 'suggest', 'idea', 'enhancement', 'wish', 'improvement'],
    siteWords: ['feature'],
  },
  {
    id: 'speak-to-someone',
    readerWords: [
      'talk to someone',
      'talk to a person',
      'talk to a human',
      'speak to someone',
      'speak to a person',
      'real person',
      'human',
      'agent',
      'representative',
      'reach you',
      'get in touch',
    ],
    siteWords: ['contact'],
  },
  {
    id: 'google-account',
    readerWords: ['gmail', 'google workspace', 'g suite', 'gsuite'],
    siteWords: ['google'],
  },
  {
    id: 'time-zone',
    readerWords: ['timezone', 'time zones', 'timezones'],
    siteWords: ['time zone'],
  },
];

/**
 * Words that say something is wrong or looks wrong: they make
 * troubleshooting scenarios rank above FAQ answers. A section does not need
 * them to be a result; where the site uses one ("error", "failed", "empty"),
 * a section that has it ranks higher.
 */
export const PROBLEM_WORDS: readonly string[] = [
  'broken',
  'dead',
  'error',
  'errors',
  'failed',
  'fails',
  'failing',
  'failure',
  'stuck',
  'problem',
  'problems',
  'issue',
  'issues',
  'trouble',
  'wrong',
  'bug',
  'crash',
  'crashes',
  'crashed',
  'stopped',
  'empty',
  'blank',
  'missing',
  'damaged',
  'corrupt',
  'corrupted',
  'frozen',
  'slow',
  'help',
];

/**
 * Negations and "it does not work" phrases: they also make troubleshooting
 * scenarios rank first, and are never searched (the index has no "not", and
 * "can't" says nothing about where the answer is).
 */
export const NEGATIONS: readonly string[] = [
  "can't",
  'cant',
  'cannot',
  'can not',
  'unable',
  "won't",
  'wont',
  'will not',
  "doesn't",
  'doesnt',
  'does not',
  "don't",
  'dont',
  'do not',
  "didn't",
  'didnt',
  'did not',
  "isn't",
  'isnt',
  'is not',
  "couldn't",
  'couldnt',
  'not working',
  'not work',
  'stopped working',
  'no longer works',
  'nothing happens',
  'does nothing',
];

/** Words that start a question: they make FAQ answers rank above troubleshooting scenarios. */
export const QUESTION_WORDS: readonly string[] = [
  'how',
  'what',
  'where',
  'when',
  'why',
  'who',
  'which',
  'can i',
  'do i',
  'does',
  'is',
  'are',
  'should',
  'will',
];

/**
 * Words that tell who is asking. `operator` words are said by people who
 * send links to clients ("my client", "customer"); `client` words by people
 * who received a link ("i received", "my agreement"). A matching guide ranks
 * higher; the other guide's sections stay in the results.
 */
export const ROLE_WORDS: Readonly<Record<'client' | 'operator', readonly string[]>> = {
  client: [
    'i received',
    'received a link',
    'sent me',
    'i got',
    'my agreement',
    'my contract',
    'my pdf',
    'my link',
    'my copy',
    'my phone',
    'my iphone',
  ],
  operator: [
    'my client',
    'my clients',
    'my customer',
    'my customers',
    'our client',
    'a client',
    'the client',
    'customer',
    'customers',
    'client',
    'operator',
    'operators',
    'dashboard',
    'crm',
    'generate',
    'generated',
    'send the link',
    'sent the link',
  ],
};

/**
 * Words a query can do without. They are left out before the index is
 * searched: the index has none of them (the first list is lunr's English
 * stop word list, which the search plugin removes from the index), or they
 * say nothing about the problem.
 */
export const FILLER_WORDS: readonly string[] = [
  // lunr 2.3 English stop words (lunr.stopWordFilter), removed from the index by the search plugin.
  'a',
  'able',
  'about',
  'across',
  'after',
  'all',
  'almost',
  'also',
  'am',
  'among',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'be',
  'because',
  'been',
  'but',
  'by',
  'can',
  'cannot',
  'could',
  'dear',
  'did',
  'do',
  'does',
  'either',
  'else',
  'ever',
  'every',
  'for',
  'from',
  'get',
  'got',
  'had',
  'has',
  'have',
  'he',
  'her',
  'hers',
  'him',
  'his',
  'how',
  'however',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'just',
  'least',
  'let',
  'like',
  'likely',
  'may',
  'me',
  'might',
  'most',
  'must',
  'my',
  'neither',
  'no',
  'nor',
  'not',
  'of',
  'off',
  'often',
  'on',
  'only',
  'or',
  'other',
  'our',
  'own',
  'rather',
  'said',
  'say',
  'says',
  'she',
  'should',
  'since',
  'so',
  'some',
  'than',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'tis',
  'to',
  'too',
  'twas',
  'us',
  'wants',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'while',
  'who',
  'whom',
  'why',
  'will',
  'with',
  'would',
  'yet',
  'you',
  'your',
  // Words of a question that say nothing about the problem.
  'please',
  'need',
  'want',
  'keep',
  'keeps',
  'still',
  'anymore',
  'any more',
  'now',
  'today',
  'again',
  'someone',
  'something',
  'anything',
  'way',
  'there is',
  'hi',
  'hello',
  'thanks',
  'im',
  "i'm",
  'ive',
  "i've",
  "it's",
  'i am',
  'does it',
  'tell',
  'find',
  'know',
  'see',
  'try',
  'trying',
  'tried',
  'use',
  'using',
  'one',
];

/**
 * When a query word is taken for a typo of a site word: words of
 * `minLength` letters or more that the site does not use are corrected to the
 * nearest site word within one edit (a letter added, missing, changed, or two
 * neighbours swapped), and within two edits from `twoEditsFrom` letters on.
 * Shorter words are never corrected, so "hacked" cannot turn into "back"
 * and a short query does not fill up with near misses.
 */
export const TYPO_TOLERANCE = {minLength: 5, twoEditsFrom: 8} as const;
