package dev.rustok.controlplane.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat as the control plane needs it, applied after Spring Boot's own customizer: its
 * error reports become problem+json ({@link ProblemErrorReportValve}), and its
 * {@code RemoteIpValve} (from {@code server.forward-headers-strategy=native}) trusts only
 * {@link TrustedProxies} instead of every private network.
 */
@Component
class TomcatHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final TrustedProxies proxies;

	TomcatHardening(TrustedProxies proxies) {
		this.proxies = proxies;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.getEngineValves()
			.stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.forEach((valve) -> {
				valve.setInternalProxies(this.proxies.asRegex());
				valve.setTrustedProxies(null);
			});
		factory.addContextCustomizers((context) -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			// the host adds a valve of this class at start unless one is there already
			host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			host.getPipeline().addValve(new ProblemErrorReportValve());
		});
	}

}
