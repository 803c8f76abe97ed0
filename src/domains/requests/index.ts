export * from './clock/index.ts';
export * from './fees/index.ts';
export * from './outcomes/index.ts';
export * from './counting/index.ts';
export * from './cases/index.ts';
export { canOnApplications, APPLICATION_ACTIONS } from './policy.ts';
export type { ApplicationAction } from './policy.ts';
export * from './reminders/index.ts';
