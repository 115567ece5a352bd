package dev.rustok.runtime.tenancy;

import java.util.concurrent.atomic.AtomicReference;

import dev.rustok.controlplane.api.RequestIds;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTests {

	@Test
	void logLinesWrittenWhileServingARequestNameItsIdAndNoOtherRequestInherits() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/products");
		request.addHeader(RequestIds.HEADER, "from-the-gateway-1");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> seenByTheHandler = new AtomicReference<>();

		new RequestIdFilter().doFilter(request, response, (req, res) -> seenByTheHandler.set(MDC.get(RequestIds.KEY)));

		assertThat(seenByTheHandler).hasValue("from-the-gateway-1");
		assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo("from-the-gateway-1");
		assertThat(MDC.get(RequestIds.KEY)).isNull();
	}

}
