// How every browser here starts Debian's Chromium: the end-to-end tests (playwright.config.ts) and
// the editor's typing benchmark (bench/editor.ts) launch it with the same flags. Without the
// background-networking flags Chromium keeps trying to reach the closed network.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
