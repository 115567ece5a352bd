package dev.rustok.controlplane.console;

import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.condition.RequestCondition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Teaches request mapping the one thing Spring MVC cannot say in an annotation: which
 * host a controller serves. Controllers marked {@link OnConsoleHost} match on the
 * console's host only.
 */
@Component
class ConsoleHostMappings implements WebMvcRegistrations {

	private final ConsoleHost consoleHost;

	ConsoleHostMappings(ConsoleHost consoleHost) {
		this.consoleHost = consoleHost;
	}

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		ConsoleHostCondition onConsoleHost = new ConsoleHostCondition(this.consoleHost);
		return new RequestMappingHandlerMapping() {

			// asked per method: a type-level condition is only asked for when the class
			// has a @RequestMapping of its own
			@Override
			protected RequestCondition<?> getCustomMethodCondition(Method method) {
				return AnnotatedElementUtils.hasAnnotation(method.getDeclaringClass(), OnConsoleHost.class)
						? onConsoleHost : null;
			}

		};
	}

	private record ConsoleHostCondition(ConsoleHost host) implements RequestCondition<ConsoleHostCondition> {

		@Override
		public ConsoleHostCondition combine(ConsoleHostCondition other) {
			return this;
		}

		@Override
		public ConsoleHostCondition getMatchingCondition(HttpServletRequest request) {
			return this.host.matches(request) ? this : null;
		}

		@Override
		public int compareTo(ConsoleHostCondition other, HttpServletRequest request) {
			return 0;
		}

		@Override
		public String toString() {
			return "[console host]";
		}

	}

}
