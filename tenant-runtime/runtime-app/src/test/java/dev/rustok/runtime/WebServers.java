package dev.rustok.runtime;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The running application's own web servers, by namespace ({@code "server"} for the app,
 * {@code "management"} for actuator), to ask them which address they are bound to.
 */
@TestConfiguration(proxyBeanMethods = false)
class WebServers implements ApplicationListener<WebServerInitializedEvent> {

	private final Map<String, TomcatWebServer> byNamespace = new ConcurrentHashMap<>();

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		String namespace = event.getApplicationContext().getServerNamespace();
		this.byNamespace.put((namespace != null) ? namespace : "server", (TomcatWebServer) event.getWebServer());
	}

	/**
	 * The address the server's connector listens on; {@code null} means every interface.
	 */
	InetAddress boundAddress(String namespace) {
		Connector connector = this.byNamespace.get(namespace).getTomcat().getConnector();
		return ((AbstractProtocol<?>) connector.getProtocolHandler()).getAddress();
	}

	int port(String namespace) {
		return this.byNamespace.get(namespace).getPort();
	}

}
