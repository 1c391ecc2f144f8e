/**
 * The routes the operator dashboard relies on, with the title each renders
 * (`<h1>`) and document title. A route that disappears or changes its title fails the tests.
 */
export const CONTRACT_ROUTES: ReadonlyArray<{path: string; h1: RegExp; title: RegExp}> = [
  {path: '/', h1: /How can we help\?/, title: /Support Center/},
  {path: '/contact', h1: /Contact Support/, title: /Support Center/},
  {path: '/contact/request', h1: /Write a Support Request/, title: /Support Center/},
  {path: '/priorities', h1: /Priority Levels/, title: /Support Center/},
  {path: '/service-levels', h1: /Service Levels/, title: /Support Center/},
  {path: '/faq', h1: /Common FAQ/, title: /Support Center/},
  {path: '/system-requirements', h1: /System Requirements/, title: /Support Center/},
  {path: '/clients/troubleshooting', h1: /Client Troubleshooting Guide/, title: /Support Center/},
  {path: '/clients/faq', h1: /Client FAQ/, title: /Support Center/},
  {path: '/operators/troubleshooting', h1: /Operator Troubleshooting Guide/, title: /Support Center/},
  {path: '/operators/faq', h1: /Operator FAQ/, title: /Support Center/},
  {path: '/search', h1: /Search/, title: /Search/},
  {path: '/troubleshooting', h1: /Troubleshooting/, title: /Troubleshooting/},
  {path: '/linking', h1: /Linking to the help center/, title: /Support Center/},
  {path: '/status', h1: /Service status/, title: /Service status/},
  {path: '/privacy', h1: /Privacy note/, title: /Support Center/},
];
