/**
 * The routes the operator dashboard relies on, with the title each renders
 * (`<h1>`). A route that disappears or changes its title fails the tests.
 */
export const CONTRACT_ROUTES: ReadonlyArray<{path: string; h1: RegExp}> = [
  {path: '/', h1: /How can we help\?/},
  {path: '/contact', h1: /Contact Support/},
  {path: '/priorities', h1: /Priority Levels/},
  {path: '/service-levels', h1: /Service Levels/},
  {path: '/faq', h1: /Common FAQ/},
  {path: '/system-requirements', h1: /System Requirements/},
  {path: '/clients/troubleshooting', h1: /Client Troubleshooting Guide/},
  {path: '/clients/faq', h1: /Client FAQ/},
  {path: '/operators/troubleshooting', h1: /Operator Troubleshooting Guide/},
  {path: '/operators/faq', h1: /Operator FAQ/},
  {path: '/search', h1: /Search/},
];
