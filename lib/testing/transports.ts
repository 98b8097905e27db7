import { createSmtpTransport, type MailTransport } from "../mail/transport";

/** The SMTP transports a test opens, closed together after it (pooled connections stay open until closed). */
export function testTransports(from: string) {
  const opened: MailTransport[] = [];
  return {
    to(url: string): MailTransport {
      const transport = createSmtpTransport({ url, from, name: "smtp://test" });
      opened.push(transport);
      return transport;
    },
    closeAll(): void {
      for (const transport of opened.splice(0)) transport.close();
    },
  };
}
