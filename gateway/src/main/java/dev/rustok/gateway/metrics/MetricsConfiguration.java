package dev.rustok.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

	@Bean
	RequestMetricsWebFilter requestMetricsWebFilter(MeterRegistry meters) {
		return new RequestMetricsWebFilter(meters);
	}

}
