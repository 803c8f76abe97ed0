/** The port reminders go out through; the web layer plugs in SMTP (nodemailer) when configured. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
