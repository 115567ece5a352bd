package dev.rustok.runtime.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request body went past its limit; answered with 413. Every API of the runtime fits in
 * {@link #LIMIT_BYTES} but a product write, which may reach about 300 KB at the
 * documented limits (docs/adr/0049); bigger bodies are refused before they are parsed.
 */
public final class BodyTooLarge extends IOException {

	/** The limit of every body but a product write's. */
	public static final long LIMIT_BYTES = 64 * 1024;

	/**
	 * The limit of a product write (REST or GraphQL): a maximal product is about 300 KB
	 * (100 variants priced in 20 currencies, 20 images, text in three-byte UTF-8).
	 */
	public static final long PRODUCT_LIMIT_BYTES = 512 * 1024;

	private final long limit;

	BodyTooLarge(long limit) {
		super("request body larger than " + limit + " bytes");
		this.limit = limit;
	}

	/** The limit the body went past, in bytes. */
	public long limit() {
		return this.limit;
	}

	/** The limit of this request's body. */
	static long limitOf(HttpServletRequest request) {
		String path = request.getRequestURI();
		boolean write = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
		boolean product = path.equals("/graphql") || path.equals("/api/admin/products")
				|| (path.startsWith("/api/admin/products/") && path.indexOf('/', "/api/admin/products/".length()) < 0);
		return (write && product) ? PRODUCT_LIMIT_BYTES : LIMIT_BYTES;
	}

}
