export * from './calendar-date.ts';
export * from './year-file.ts';
export * from './calendar.ts';
export * from './describe-span.ts';
