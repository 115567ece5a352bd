package dev.rustok.runtime;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;

/**
 * Every SQL statement jOOQ sends, so a test can count those of one tenant (render mapping
 * writes its schema into each). Spring Boot adds every {@link ExecuteListenerProvider}
 * bean to jOOQ's configuration.
 */
class SqlStatements implements ExecuteListenerProvider, ExecuteListener {

	private final Queue<Sent> statements = new ConcurrentLinkedQueue<>();

	@Override
	public ExecuteListener provide() {
		return this;
	}

	@Override
	public void executeStart(ExecuteContext context) {
		if (context.sql() != null) {
			this.statements.add(new Sent(Thread.currentThread(), context.sql()));
		}
	}

	/** How many statements named {@code schema} since the last call. */
	long takeCountIn(String schema) {
		String quoted = "\"" + schema + "\"";
		long count = this.statements.stream().filter((sent) -> sent.sql().contains(quoted)).count();
		this.statements.clear();
		return count;
	}

	/**
	 * The statements naming {@code schema} that the calling thread sent since the last
	 * call, in the order sent.
	 */
	List<String> takeMineIn(String schema) {
		String quoted = "\"" + schema + "\"";
		List<String> mine = this.statements.stream()
			.filter((sent) -> sent.thread() == Thread.currentThread() && sent.sql().contains(quoted))
			.map(Sent::sql)
			.toList();
		this.statements.clear();
		return mine;
	}

	private record Sent(Thread thread, String sql) {
	}

}
