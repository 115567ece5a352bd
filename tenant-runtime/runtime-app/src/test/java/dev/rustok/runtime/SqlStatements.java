package dev.rustok.runtime;

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

	private final Queue<String> statements = new ConcurrentLinkedQueue<>();

	@Override
	public ExecuteListener provide() {
		return this;
	}

	@Override
	public void executeStart(ExecuteContext context) {
		if (context.sql() != null) {
			this.statements.add(context.sql());
		}
	}

	/** How many statements named {@code schema} since the last call. */
	long takeCountIn(String schema) {
		String quoted = "\"" + schema + "\"";
		long count = this.statements.stream().filter((sql) -> sql.contains(quoted)).count();
		this.statements.clear();
		return count;
	}

}
