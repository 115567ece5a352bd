package dev.rustok.runtime.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Replaces Tomcat's error report valve (which Spring Boot adds with the report hidden) by
 * {@link ProblemErrorReportValve}.
 */
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Host host = (Host) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new ProblemErrorReportValve());
			// the host adds a valve of this class at start unless one is there already
			if (host instanceof StandardHost standardHost) {
				standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	// after Spring Boot's customizer, which adds its own valve
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
