export * from './model.ts';
export * from './layout.ts';
