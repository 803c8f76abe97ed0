/** The reminders' Mailer over SMTP (nodemailer), built only when SMTP_URL is configured. */
import nodemailer from 'nodemailer';
import type { Mailer } from '../../domains/requests/index.ts';

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
