// Who may call the IPC contract. Pure so it is tested without the Electron binary.

/** The renderer's own origins: the packaged file:// page, and the dev server / web host on loopback. */
export function isTrustedSenderUrl(url: string, trustedOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') return trustedOrigins.includes('file://');
  return trustedOrigins.includes(parsed.origin);
}

/** Where a call came from, as each transport knows it. */
export type Sender =
  | { kind: 'local' } // the command line and tests: same process, same user
  | {
      kind: 'renderer';
      url: string;
      trustedOrigins: readonly string[];
      /** The web host's browser tab, as its page names itself (`x-app-client`, validated); absent in Electron. */
      client?: string;
    };

export function isTrustedSender(sender: Sender): boolean {
  return sender.kind === 'local' || isTrustedSenderUrl(sender.url, sender.trustedOrigins);
}
