package dev.rustok.runtime.payments;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the HTTP provider when the shop platform names one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpPaymentsProperties.class)
class PaymentsConfiguration {

	@Bean
	@ConditionalOnProperty("rustok.payments.http.base-url")
	HttpPaymentProvider httpPaymentProvider(HttpPaymentsProperties properties) {
		return new HttpPaymentProvider(properties);
	}

}
