/** The reminders' Mailer over SMTP (nodemailer), built only when SMTP_URL is configured. */
import type { Mailer } from '../../domains/requests/index.ts';

export function smtpMailer(url: string, from: string): Mailer {
  // Loaded on first use: the server starts without it when no reminder is ever sent.
  let transport: Promise<{ sendMail(message: object): Promise<unknown> }> | undefined;
  return {
    async send(message) {
      transport ??= import('nodemailer').then((m) => m.default.createTransport(url));
      await (await transport).sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
