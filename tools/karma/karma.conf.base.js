/**
 * The one Karma set-up shared by every dashboard project (apps/dashboard and
 * libs/dashboard/**): Jasmine in headless Chromium, one run, progress output.
 * Each project's karma.conf.js applies it; `@angular/build:karma` adds the build
 * output (spec bundles, polyfills) to `files` itself, so none are listed here.
 *
 * Chromium comes from Debian (`/usr/bin/chromium`) or CHROME_BIN, never from a
 * download: the machines and CI have no internet.
 */

/** Flags for a browser run as root in a container: no sandbox, no GPU, no background traffic. */
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @param {{ set(options: object): void, LOG_WARN: string }} config Karma's config object
 */
function applyBaseConfig(config) {
  process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-jasmine-html-reporter'),
    ],
    client: {
      jasmine: {
        // Specs run in a random order so that none depends on another's leftovers.
        random: true,
      },
      clearContext: false,
    },
    jasmineHtmlReporter: { suppressAll: true },
    reporters: ['progress'],
    browsers: ['ChromeHeadlessCI'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: CHROME_FLAGS,
      },
    },
    // Two cores shared with the API build: give the browser time to start and report.
    captureTimeout: 120000,
    browserNoActivityTimeout: 120000,
    browserDisconnectTimeout: 30000,
    browserDisconnectTolerance: 1,
    singleRun: true,
    autoWatch: false,
    restartOnFileChange: false,
    logLevel: config.LOG_WARN,
    // Warnings and errors a spec prints (an unexpected NG0 warning, say) stay visible.
    browserConsoleLogOptions: { level: 'warn', terminal: true },
  });
}

module.exports = applyBaseConfig;
module.exports.CHROME_FLAGS = CHROME_FLAGS;
