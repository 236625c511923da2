/** Where the Electron binary is, or null when it is not installed. */
export function electronBinaryPath(): string | null;
