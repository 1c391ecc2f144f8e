import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local';
import {supportConfig} from './src/data/supportConfig';
import {REDIRECTS} from './src/data/redirects';
import path from 'node:path';
import remarkTokenizedCodeBlocks from './src/plugins/code-highlight/remark';
import remarkSectionFeedback from './src/plugins/section-feedback/remark';
import {lastUpdateVcs} from './src/plugins/lastUpdate';
import remarkSectionStatus from './src/plugins/section-status';

// This runs in Node.js - Don't use client-side code here (browser APIs, JSX...)

/**
 * Routes left out of the search index (the search plugin's `ignoreFiles`, and
 * the search vocabulary's words): the developer page repeats every heading
 * title in its link tables, which would crowd people's search results.
 */
const SEARCH_IGNORED_ROUTES = ['linking'];

const config: Config = {
  title: 'Support Center',
  tagline: `Help for the ${supportConfig.organization.product}: troubleshooting, contacts and service levels`,
  favicon: 'img/favicon.ico',

  future: {
    v4: true,
    // "Last updated" dates from Git, or from SUPPORT_CENTER_LAST_UPDATED in a source archive without Git history.
    experimental_vcs: lastUpdateVcs(__dirname),
  },

  url: `https://help.${supportConfig.domain}`,
  baseUrl: '/',

  // The base-URL banner is an inline script on the home page: the production
  // Content-Security-Policy (deploy/nginx.conf) allows only the theme's one
  // inline script, by hash. baseUrl is fixed here, so the banner has nothing to warn about.
  baseUrlIssueBanner: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: true,
          // Fenced code is highlighted at build time; no page loads Prism (src/plugins/code-highlight).
          beforeDefaultRemarkPlugins: [remarkTokenizedCodeBlocks],
          // A known incident above the steps of the sections its components concern (src/plugins/section-status);
          // "Did this solve your problem?" at the end of every registered scenario and FAQ question.
          remarkPlugins: [remarkSectionStatus, [remarkSectionFeedback, {docsDir: path.join(__dirname, 'docs')}]],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    // Holidays from rules (date-holidays, at build time), special hours, /support-calendar.ics.
    './src/plugins/support-calendar/index.ts',
    './src/plugins/support-data/index.ts',
    // Service status (status/*.md): /status.json, its schema, /status.atom, the baked state of /status and the banner.
    './src/plugins/status/index.ts',
    // The production host: the 404 page without scripts, `docusaurus precompress` (run by npm run build), `docusaurus nginx-redirects`.
    './src/plugins/deploy/index.ts',
    // `npm run report -- LOGFILE...`: the reader-feedback report from nginx's event log (command line only).
    './src/plugins/feedback-report/index.ts',
    // Prism loads with code blocks only, not on every page (see the plugin).
    './src/plugins/code-highlight/index.ts',
    // Old and alias routes (src/data/redirects.ts); the query string and #hash are kept.
    ['@docusaurus/plugin-client-redirects', {redirects: REDIRECTS.map(({from, to}) => ({from, to}))}],
    // The words of the indexed docs, for the search's typo correction; checks the synonym table's site words.
    ['./src/plugins/search-vocabulary/index.ts', {ignoreRoutes: SEARCH_IGNORED_ROUTES}],
  ],

  themes: [
    [
      // @easyops-cn/docusaurus-search-local, plus a headings tier of its index for the first suggestions.
      './src/plugins/search-index/index.ts',
      {
        // The index's file name carries a hash of its content, so hosts cache it like /assets/ (deploy/nginx.conf):
        // the search worker then reads the copy the page fetched while the worker started, without a round trip.
        hashed: 'filename',
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        explicitSearchResultPath: true,
        highlightSearchTermsOnTargetPage: false,
        searchResultLimits: 8,
        searchBarShortcutHint: false,
        ignoreFiles: SEARCH_IGNORED_ROUTES,
        // No fuzzy matching in the index: it applies to stemmed words, so "hacked" (stem "hack") matched
        // "back" while "activaton" still missed "activation" (stem "activ"). Typos are corrected against the
        // site's words before the index is searched (src/components/SiteSearch/lexicon.ts).
        fuzzyMatchingDistance: 0,
        // The request builder's form (src/components/RequestBuilder): its labels, hints and drop-down
        // options ("for example “Client PDF download failing”") outranked the guides' own sections. The
        // page's text around the form stays searchable.
        ignoreCssSelectors: ['#request-builder', 'article select'],
      } satisfies SearchOptions,
    ],
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'Support Center',
      logo: {
        alt: '',
        src: 'img/logo.svg',
      },
      // The item of the current section is marked with `navbar-item--current` (styled as the theme's
      // active item in src/css/custom.css), not the theme's class: the search plugin reads that class
      // into every result's breadcrumb, where it repeated the sidebar ("Clients › Clients › …").
      items: [
        {to: '/contact', label: 'Contact', position: 'left', activeClassName: 'navbar-item--current'},
        {to: '/priorities', label: 'Priorities', position: 'left', activeClassName: 'navbar-item--current'},
        {
          to: '/clients/troubleshooting',
          label: 'Clients',
          position: 'left',
          activeBasePath: '/clients',
          activeClassName: 'navbar-item--current',
        },
        {
          to: '/operators/troubleshooting',
          label: 'Operators',
          position: 'left',
          activeBasePath: '/operators',
          activeClassName: 'navbar-item--current',
        },
        {to: '/faq', label: 'FAQ', position: 'left', activeClassName: 'navbar-item--current'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Get help',
          items: [
            {label: 'Contact Support', to: '/contact'},
            {label: 'Priority levels', to: '/priorities'},
            {label: 'Service levels', to: '/service-levels'},
          ],
        },
        {
          title: 'Clients',
          items: [
            {label: 'Troubleshooting', to: '/clients/troubleshooting'},
            {label: 'Client FAQ', to: '/clients/faq'},
          ],
        },
        {
          title: 'Operators',
          items: [
            {label: 'Troubleshooting', to: '/operators/troubleshooting'},
            {label: 'Operator FAQ', to: '/operators/faq'},
          ],
        },
        {
          title: 'Reference',
          items: [
            {label: 'Common FAQ', to: '/faq'},
            {label: 'System requirements', to: '/system-requirements'},
            {label: 'Privacy note', to: '/privacy'},
          ],
        },
      ],
      copyright: `${supportConfig.organization.name}`,
    },
    // Code colours with a contrast of at least 4.5:1 on the code background
    // (WCAG 2.2 AA, checked by tests/a11y.spec.ts): vsLight with its
    // attribute-name red darkened (4.0:1 -> 6.2:1), and gruvboxMaterialDark.
    prism: {
      theme: {
        ...prismThemes.vsLight,
        styles: prismThemes.vsLight.styles.map((s) =>
          s.types.includes('attr-name') ? {...s, style: {...s.style, color: '#c50000'}} : s,
        ),
      },
      darkTheme: prismThemes.gruvboxMaterialDark,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
