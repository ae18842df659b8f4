export * from './lib/money';
export * from './lib/identifiers';
export * from './lib/call-lifecycle';
export * from './lib/budget';
export * from './lib/application-lifecycle';
export * from './lib/deadline';
export * from './lib/application-reference';
