/** Flags of every headless Chromium the project starts (tests and benchmarks). */
export declare const CHROMIUM_ARGS: string[];
/** CHROME_PATH, or the first Chromium binary found; undefined when there is none. */
export declare function findChromium(): string | undefined;
/** The Chromium binary, installed with apt-get when missing and run as root; exits the process otherwise. */
export declare function ensureChromium(): string;
