export * from './model.ts';
export * from './layout.ts';
export * from './rules/index.ts';
export * from './render/index.ts';
