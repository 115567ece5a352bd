package dev.rustok.gateway.routing;

import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.CompletionContext;
import org.springframework.cloud.client.loadbalancer.LoadBalancerLifecycle;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.client.loadbalancer.ResponseData;

/**
 * Passive ejection: a node that refused a connection leaves the pool at once, instead of
 * getting every other request until the next health check notices. Only a health check
 * that started after the ejection and passed brings it back ({@link RuntimeNodeProbe}).
 * Spring Cloud Gateway reports every forwarded request's outcome here through the load
 * balancer's lifecycle.
 */
class RuntimeNodeEjections implements LoadBalancerLifecycle<RequestDataContext, ResponseData, ServiceInstance> {

	private static final Logger logger = LoggerFactory.getLogger(RuntimeNodeEjections.class);

	private final Map<String, Long> ejectedAt = new ConcurrentHashMap<>();

	boolean isEjected(ServiceInstance node) {
		return this.ejectedAt.containsKey(node.getInstanceId());
	}

	void eject(ServiceInstance node) {
		if (this.ejectedAt.putIfAbsent(node.getInstanceId(), System.nanoTime()) == null) {
			logger.warn("Runtime node {} refused a connection: out of the pool until its health check passes",
					node.getInstanceId());
		}
	}

	/**
	 * @param node the node whose health check passed
	 * @param checkStartedAt {@link System#nanoTime()} when that check started: a check
	 * that began before the ejection says nothing about the node now
	 */
	void readmit(ServiceInstance node, long checkStartedAt) {
		Long ejected = this.ejectedAt.get(node.getInstanceId());
		if (ejected != null && checkStartedAt - ejected > 0 && this.ejectedAt.remove(node.getInstanceId(), ejected)) {
			logger.info("Runtime node {} passed its health check: back in the pool", node.getInstanceId());
		}
	}

	@Override
	public boolean supports(Class requestContextClass, Class responseClass, Class serverTypeClass) {
		return ServiceInstance.class.isAssignableFrom(serverTypeClass);
	}

	@Override
	public void onStart(Request<RequestDataContext> request) {
	}

	@Override
	public void onStartRequest(Request<RequestDataContext> request, Response<ServiceInstance> lbResponse) {
	}

	@Override
	public void onComplete(CompletionContext<ResponseData, ServiceInstance, RequestDataContext> completion) {
		Response<ServiceInstance> chosen = completion.getLoadBalancerResponse();
		if (completion.status() == CompletionContext.Status.FAILED && chosen != null && chosen.hasServer()
				&& neverReachedTheNode(completion.getThrowable())) {
			eject(chosen.getServer());
		}
	}

	/**
	 * A refused or timed-out connect: the request never left the gateway, so it may go to
	 * another node whatever its method.
	 */
	static boolean neverReachedTheNode(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return true;
			}
		}
		return false;
	}

}
