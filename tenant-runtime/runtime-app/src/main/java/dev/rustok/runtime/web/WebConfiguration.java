package dev.rustok.runtime.web;

import dev.rustok.runtime.web.problem.ProblemResponses;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(ProblemResponses problems) {
		var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(problems));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		return registration;
	}

}
