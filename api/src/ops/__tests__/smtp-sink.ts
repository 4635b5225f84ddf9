import { createServer, type Socket } from 'node:net';

/**
 * Just enough of an SMTP server to receive messages (no auth, no TLS). With `hold()`, the end of
 * a message's data is not answered until `release()`: a send caught in flight.
 */
export async function smtpSink() {
  const messages: string[] = [];
  let holding = false;
  let held: Socket[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    let inData = false;
    let data = '';
    let buffer = '';
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let i: number;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(data);
            data = '';
            if (holding) held.push(socket);
            else socket.write('250 queued\r\n');
          } else data += `${line}\n`;
          continue;
        }
        const verb = line.split(' ')[0].toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    port: (server.address() as { port: number }).port,
    messages,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const s of held) s.write('250 queued\r\n');
      held = [];
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
