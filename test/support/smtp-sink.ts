/** A local SMTP sink for reminder tests: accepts every message on 127.0.0.1 and keeps it. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Mail { to: string[]; body: string }

export async function startSmtpSink(): Promise<{ port: number; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const sink = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        // nodemailer sends the Chinese text base64-encoded: decode the body for the assertions.
        const raw = Buffer.concat(chunks).toString('utf8');
        const [, body = ''] = raw.split('\r\n\r\n');
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body: /base64/i.test(raw) ? Buffer.from(body, 'base64').toString('utf8') : body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const port = (sink.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise((resolve) => sink.close(() => resolve())) };
}
