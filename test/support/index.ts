export * from './browser';
export * from './build';
export * from './html';
export * from './links';
export * from './paths';
export * from './server';
export * from './axe';
export * from './dev';
export * from './crawl';
export * from './cspViolations';
export * from './nginx';
export * from './quality';
// Not ./lighthouse: importing it loads Lighthouse, which only test/e2e/lighthouse.test.ts needs.
