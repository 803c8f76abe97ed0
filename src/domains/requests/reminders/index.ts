export type { Mailer, MailMessage } from './mailer.ts';
export { setReminderAddress, findReminderAddress, reminderAddressInput } from './reminder-address.ts';
export { collectReminders, reminderText, sendDeadlineReminders, DUE_SOON_WORKDAYS } from './send-reminders.ts';
export type { Reminder, ReminderCase, ReminderScope } from './send-reminders.ts';
