package dev.rustok.controlplane.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import com.hazelcast.internal.util.ConcurrencyUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a two-core machine (a child JVM told it has two processors), what a service's
 * {@code main} does first decides whether every asynchronous callback gets a thread of
 * its own (docs/adr/0093).
 */
class AsyncCallbackThreadsTests {

	@Test
	void onTwoCoresHazelcastCallbacksStartANewThreadEachWithoutIt() throws Exception {
		assertThat(childJvm("plain")).isEqualTo("pooled=false hazelcast=thread-per-task");
	}

	@Test
	void onTwoCoresHazelcastCallbacksRunOnTheCommonPoolWithIt() throws Exception {
		assertThat(childJvm("pooled")).isEqualTo("pooled=true hazelcast=common-pool");
	}

	@Test
	void anOperatorsParallelismIsKept() throws Exception {
		assertThat(childJvm("pooled", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"))
			.isEqualTo("pooled=false hazelcast=thread-per-task");
	}

	private static String childJvm(String mode, String... flags) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List
			.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:ActiveProcessorCount=2"));
		command.addAll(List.of(flags));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName(), mode));
		Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		return output.lines().reduce((first, last) -> last).orElse("");
	}

	/** What a service's main does, then what the JVM's callbacks would run on. */
	static final class Child {

		public static void main(String[] args) {
			if (args[0].equals("pooled")) {
				AsyncCallbackThreads.pooled();
			}
			boolean commonPool = ConcurrencyUtil.getDefaultAsyncExecutor() == ForkJoinPool.commonPool();
			System.out.println("pooled=" + AsyncCallbackThreads.arePooled() + " hazelcast="
					+ (commonPool ? "common-pool" : "thread-per-task"));
		}

	}

}
