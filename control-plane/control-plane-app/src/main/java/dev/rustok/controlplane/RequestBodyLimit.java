package dev.rustok.controlplane;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body at 16 KiB, declared or streamed (chunked bodies have no length
 * to check up front). A larger body fails while it is read, and {@link ApiProblems}
 * answers 413.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

	static final long LIMIT = 16 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new LimitedRequest(request), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private ServletInputStream limited;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (getContentLengthLong() > LIMIT) {
				throw new RequestBodyTooLarge(LIMIT);
			}
			if (this.limited == null) {
				this.limited = new LimitedStream(super.getInputStream());
			}
			return this.limited;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream body;

		private long read;

		LimitedStream(ServletInputStream body) {
			this.body = body;
		}

		@Override
		public int read() throws IOException {
			int next = this.body.read();
			if (next != -1) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.body.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws RequestBodyTooLarge {
			this.read += bytes;
			if (this.read > LIMIT) {
				throw new RequestBodyTooLarge(LIMIT);
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
