package dev.rustok.controlplane.web;

import dev.rustok.controlplane.api.RequestIds;
import org.slf4j.MDC;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Puts the request id ({@link RequestIdFilter}) into every problem body a handler
 * returns.
 */
@ControllerAdvice
class ProblemRequestIds implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		String requestId = MDC.get(RequestIds.KEY);
		if (body instanceof ProblemDetail problem && requestId != null) {
			problem.setProperty(RequestIds.KEY, requestId);
		}
		return body;
	}

}
