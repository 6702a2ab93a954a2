import { createServer, type AddressInfo, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createMailTransport } from "./transport";

const FROM = "Riverbend Pain & Wellness <no-reply@example.com>";
const message = { to: "alex.rivera@example.com", subject: "Welcome", text: "Hello Alex" };

/** Just enough of an SMTP server to accept one message and keep what it received. */
function smtpStub(): Promise<{ server: Server; port: number; received: string[] }> {
  const received: string[] = [];
  const server = createServer((socket) => {
    let inData = false;
    let buffer = "";
    socket.write("220 stub ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let newline: number;
      while ((newline = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        received.push(line);
        if (inData) {
          if (line === ".") {
            inData = false;
            socket.write("250 queued\r\n");
          }
        } else if (/^EHLO/i.test(line)) socket.write("250 stub\r\n");
        else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (/^QUIT/i.test(line)) socket.end("221 bye\r\n");
        else socket.write("250 OK\r\n");
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as AddressInfo).port, received })));
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe("createMailTransport", () => {
  it("without SMTP_URL only serialises the message (nothing is sent), with EMAIL_FROM as sender", async () => {
    const transport = createMailTransport({ EMAIL_FROM: FROM });
    expect(transport.transporter.name).toBe("JSONTransport");
    const info = (await transport.sendMail(message)) as { message: string };
    expect(JSON.parse(info.message)).toMatchObject({
      from: { name: "Riverbend Pain & Wellness", address: "no-reply@example.com" },
      to: [{ address: "alex.rivera@example.com" }],
      text: "Hello Alex",
    });
  });

  it("with SMTP_URL delivers over SMTP, with timeouts shorter than the outbox's stuck threshold", async () => {
    const stub = await smtpStub();
    server = stub.server;
    const transport = createMailTransport({ SMTP_URL: `smtp://127.0.0.1:${stub.port}`, EMAIL_FROM: FROM });
    expect(transport.transporter.name).toBe("SMTP");
    expect((transport.transporter as unknown as { options: Record<string, unknown> }).options).toMatchObject({
      host: "127.0.0.1",
      port: stub.port,
      socketTimeout: 60_000,
    });

    await transport.sendMail(message);
    expect(stub.received).toEqual(
      expect.arrayContaining(["MAIL FROM:<no-reply@example.com>", "RCPT TO:<alex.rivera@example.com>", "Subject: Welcome", "Hello Alex"]),
    );
    transport.close();
  });
});
