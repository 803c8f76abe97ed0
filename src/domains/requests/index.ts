export * from './clock/index.ts';
export * from './fees/index.ts';
export * from './outcomes/index.ts';
