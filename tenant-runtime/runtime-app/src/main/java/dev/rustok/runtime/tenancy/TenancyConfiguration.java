package dev.rustok.runtime.tenancy;

import java.time.Clock;
import java.util.List;

import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.runtime.web.problem.ProblemResponses;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		var registration = new FilterRegistrationBean<>(new RequestIdFilter());
		// first: every log line and problem of the request, refusals included, names it
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<GatewayTenantFilter> gatewayTenantFilter(GatewayProperties gateway, TenantRoutes routes,
			TenantShards shards, ProblemResponses problems) {
		var registration = new FilterRegistrationBean<>(new GatewayTenantFilter(new TenantSignature(gateway.secret()),
				routes, shards::knows, problems, Clock.systemUTC()));
		// before Spring Security: the token is checked against the realm of the tenant
		// found here
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new TenantArgumentResolver());
	}

}
