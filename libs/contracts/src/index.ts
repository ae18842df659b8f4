export * from './lib/locale';
export * from './lib/regions';
export * from './lib/roles';
export * from './lib/states';
export * from './lib/http';
