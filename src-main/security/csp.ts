// The Content-Security-Policy of the renderer, in the Electron window and in the web host alike.
// Only the app's own origin: no remote scripts, styles, fonts, images or connections, no inline script.
// img-src allows data: and blob: because Chart.js exports the chart as an image for the printout.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
