package dev.rustok.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright: no browser download (the registry reached here
 * has none), and the flags that keep Chromium off the network it cannot reach.
 */
final class Browser implements AutoCloseable {

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	Browser() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage")));
	}

	com.microsoft.playwright.Page newPage() {
		return this.chromium.newContext().newPage();
	}

	@Override
	public void close() {
		this.chromium.close();
		this.playwright.close();
	}

}
