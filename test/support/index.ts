export * from './browser';
export * from './build';
export * from './html';
export * from './links';
export * from './paths';
export * from './server';
export * from './axe';
export * from './dev';
