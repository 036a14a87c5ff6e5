import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP server saw it: envelope recipients and the headers tests care about. */
export type ReceivedMail = { to: string[]; subject: string; messageId: string; accepted: boolean };

export type TestSmtp = {
  url: string;
  /** Every DATA the server took, including ones it refused, in arrival order. */
  received: ReceivedMail[];
  /** Refuses the next n messages with a temporary 451, as a busy mail server does. */
  refuseNext: (n: number) => void;
  close: () => Promise<void>;
};

/** RFC 2047 encoded words (nodemailer encodes non-ASCII subjects); adjacent words join without the space between them. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bqBQ])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_hex, code: string) => String.fromCharCode(parseInt(code, 16))), 'latin1').toString('utf8'),
    );
}

function headerOf(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}

/** A real SMTP server on a free local port, without TLS or auth, recording what it receives. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const accepted = refusals === 0;
        if (!accepted) refusals -= 1;
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), subject: decodeWords(headerOf(raw, 'Subject')), messageId: headerOf(raw, 'Message-ID'), accepted });
        callback(accepted ? null : Object.assign(new Error('Try again later'), { responseCode: 451 }));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (n) => {
      refusals = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
