package dev.rustok.gateway.edge;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.ssl.SslHandler;

/**
 * Gives the answers Netty and Reactor Netty write on their own, before any Spring code
 * runs, a problem+json body and the security headers: a request line or header that
 * cannot be decoded (400), a request target or headers too long (414, 431), and the empty
 * 400 Spring's adapter sends for a target it cannot turn into a URI. The request was not
 * understood, so the body is JSON whatever the client accepts. One instance per
 * connection.
 */
class NettyErrorProblems extends ChannelDuplexHandler {

	private final SecurityHeaders securityHeaders;

	private boolean undecodable;

	private boolean head;

	NettyErrorProblems(SecurityHeaders securityHeaders) {
		this.securityHeaders = securityHeaders;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
		if (msg instanceof HttpObject object && object.decoderResult().isFailure()) {
			this.undecodable = true;
		}
		if (msg instanceof HttpRequest request) {
			this.head = HttpMethod.HEAD.equals(request.method());
		}
		super.channelRead(ctx, msg);
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
		if (msg instanceof FullHttpResponse response && isBareError(response)) {
			ByteBuf body = ctx.alloc().buffer().writeBytes(problemJson(response.status(), this.undecodable));
			FullHttpResponse problem = response.replace(body);
			response.release();
			problem.headers()
				.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
				.set(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
			this.securityHeaders.addMissing(ctx.pipeline().get(SslHandler.class) != null, problem.headers()::contains,
					problem.headers()::set);
			super.write(ctx, problem, promise);
			return;
		}
		super.write(ctx, msg, promise);
	}

	// an error without a body: Netty's own, or Spring's for a target it could not parse
	private boolean isBareError(FullHttpResponse response) {
		int status = response.status().code();
		boolean ours = this.undecodable || status == 400;
		return ours && !this.head && status >= 400 && response.content().readableBytes() == 0
				&& !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
	}

	private static byte[] problemJson(HttpResponseStatus status, boolean undecodable) {
		String detail = switch (status.code()) {
			case 414 -> "The request target is too long";
			case 431 -> "The request headers are too large";
			case 413 -> "The request is too large";
			default -> undecodable ? "The request line or its headers could not be read as HTTP/1.1"
					: "The request could not be read";
		};
		String json = "{\"type\":\"about:blank\",\"title\":\"" + status.reasonPhrase() + "\",\"status\":"
				+ status.code() + ",\"detail\":\"" + detail + "\"}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
