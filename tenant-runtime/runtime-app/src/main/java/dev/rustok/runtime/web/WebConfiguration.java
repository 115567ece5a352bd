package dev.rustok.runtime.web;

import dev.rustok.runtime.web.problem.ProblemResponses;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(ProblemResponses problems) {
		var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(problems));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		return registration;
	}

	/**
	 * Every page's {@code redirect:} answers 303 See Other (post/redirect/get): the
	 * browser follows with a GET whatever the form posted, as RFC 9110 says of 303 and
	 * not of 302. The {@code Location} stays relative, as the container's own relative
	 * redirects (server.tomcat.use-relative-redirects), so it names the shop's public
	 * host.
	 */
	@Bean
	static BeanPostProcessor redirectsSeeOther() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver pages) {
					pages.setRedirectHttp10Compatible(false);
				}
				return bean;
			}

		};
	}

	@Bean
	ContainerErrorPages containerErrorPages() {
		return new ContainerErrorPages();
	}

	/**
	 * A JSON value must have the type of its field: Jackson's default would read
	 * {@code "100"} as the number 100 and {@code 100} as the text "100", so a client's
	 * type mistake would pass silently (and inconsistently: {@code 12.5} is refused).
	 */
	@Bean
	JsonMapperBuilderCustomizer noScalarCoercion() {
		return (builder) -> builder
			.withCoercionConfig(LogicalType.Integer,
					(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

}
