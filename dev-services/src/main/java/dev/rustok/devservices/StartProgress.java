package dev.rustok.devservices;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Shows the person waiting how far start-up has come: a bar redrawn in place on a
 * terminal, one line per step otherwise (CI logs, tests).
 */
public final class StartProgress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final int total;

	private final boolean terminal;

	private final Instant started = Instant.now();

	private int done;

	public StartProgress(PrintStream out, int total) {
		this.out = out;
		this.total = total;
		this.terminal = System.console() != null && System.console().isTerminal();
	}

	public synchronized void done(String step) {
		this.done = Math.min(this.total, this.done + 1);
		double seconds = Duration.between(this.started, Instant.now()).toMillis() / 1000.0;
		int filled = WIDTH * this.done / this.total;
		String bar = String.format("[%s%s] %d/%d", "#".repeat(filled), "-".repeat(WIDTH - filled), this.done,
				this.total);
		String line = String.format("%6.1fs  %s", seconds, step);
		if (this.terminal) {
			// the finished step stays on screen, the bar is redrawn below it
			this.out.print("\r\033[2K" + line + "\n" + ((this.done < this.total) ? bar : ""));
		}
		else {
			this.out.println(bar + " " + line);
		}
		this.out.flush();
	}

}
