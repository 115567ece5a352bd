package dev.rustok.devservices;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Notices at once when a process the launcher started ends on its own, says which one,
 * how, and what its log said last, then stops everything: a platform with a dead member
 * only answers "connection refused" and hides the cause. Restarting instead would hide a
 * crash that repeats. See
 * docs/adr/0026-launcher-watches-children-and-cleans-up-killed-runs.md.
 */
public final class ExitWatch {

	private static final int LOG_LINES = 20;

	private final PrintStream out;

	private final Runnable stopEverything;

	private final AtomicBoolean reported = new AtomicBoolean();

	/**
	 * @param out where the report goes
	 * @param stopEverything what to do after the report (the launcher exits, which stops
	 * every process it started)
	 */
	public ExitWatch(PrintStream out, Runnable stopEverything) {
		this.out = out;
		this.stopEverything = stopEverything;
	}

	public void watch(ChildProcess process) {
		process.unexpectedExit().thenAccept(this::report);
	}

	private void report(ChildProcess process) {
		// the first death explains the others, which follow from stopping everything
		if (!this.reported.compareAndSet(false, true)) {
			return;
		}
		this.out.println();
		this.out.println(process.name() + " (pid " + process.pid() + ") stopped unexpectedly: "
				+ howItEnded(process.exitValue()) + ". The last lines of " + process.log() + ":");
		process.logTail(LOG_LINES).lines().forEach(line -> this.out.println("  | " + line));
		this.out.println("Stopping everything; start again with ./rustok dev");
		this.out.flush();
		this.stopEverything.run();
	}

	/** Exit codes above 128 are a signal's number plus 128, as the shell reports them. */
	static String howItEnded(int exitCode) {
		return switch (exitCode) {
			case 137 -> "exit code 137, killed by SIGKILL (kill -9, or the kernel's out-of-memory killer)";
			case 143 -> "exit code 143, terminated by SIGTERM";
			default -> (exitCode > 128) ? "exit code " + exitCode + ", killed by signal " + (exitCode - 128)
					: "exit code " + exitCode;
		};
	}

}
