import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;

/**
 * The floor of any gateway on this box (issue 15's "gateway ≥ 75 % of direct"): a bare Netty
 * reverse proxy that does only what the runtime cannot do without, i.e. it takes the shop from
 * the Host's first label and signs each request as the gateway does (docs/adr/0005: HMAC-SHA256
 * over "v1", method, target, tenant, epoch seconds and a fresh nonce), one upstream keep-alive
 * connection per client connection on the same event loop. No routes, no rate limit, no headers
 * of its own, no metrics: nothing a gateway that does more can be cheaper than.
 *   RUSTOK_GATEWAY_SECRET=... java -cp <netty jars> bench/NettyProxy.java <port> <upstream port>
 */
public class NettyProxy {

	public static void main(String[] args) throws InterruptedException {
		int port = Integer.parseInt(args[0]);
		int upstream = Integer.parseInt(args[1]);
		byte[] secret = System.getenv("RUSTOK_GATEWAY_SECRET").getBytes(StandardCharsets.UTF_8);
		var group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
		new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
			.childHandler(new ChannelInitializer<SocketChannel>() {
				@Override
				protected void initChannel(SocketChannel channel) {
					channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
							new Frontend(upstream, secret));
				}
			})
			.bind("127.0.0.1", port).sync().channel().closeFuture().sync();
	}

	static final class Frontend extends SimpleChannelInboundHandler<FullHttpRequest> {

		private static final ThreadLocal<Mac> MACS = new ThreadLocal<>();

		private final int upstreamPort;

		private final byte[] secret;

		private final Queue<FullHttpRequest> waiting = new ArrayDeque<>();

		private Channel upstream;

		private boolean connected;

		Frontend(int upstreamPort, byte[] secret) {
			super(false);
			this.upstreamPort = upstreamPort;
			this.secret = secret;
		}

		@Override
		public void channelActive(ChannelHandlerContext context) {
			Channel downstream = context.channel();
			var connect = new Bootstrap().group(downstream.eventLoop()).channel(NioSocketChannel.class)
				.option(ChannelOption.TCP_NODELAY, true)
				.handler(new ChannelInitializer<SocketChannel>() {
					@Override
					protected void initChannel(SocketChannel channel) {
						channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(8 << 20),
								new SimpleChannelInboundHandler<FullHttpResponse>(false) {
									@Override
									protected void channelRead0(ChannelHandlerContext upstreamContext,
											FullHttpResponse response) {
										downstream.writeAndFlush(response);
									}
								});
					}
				})
				.connect("127.0.0.1", this.upstreamPort);
			this.upstream = connect.channel();
			connect.addListener((done) -> {
				if (!done.isSuccess()) {
					downstream.close();
					return;
				}
				this.connected = true;
				for (FullHttpRequest request; (request = this.waiting.poll()) != null;) {
					this.upstream.write(request);
				}
				this.upstream.flush();
			});
			// one lives as long as the other: a node that closes an idle connection closes the client's
			downstream.closeFuture().addListener((closed) -> this.upstream.close());
			this.upstream.closeFuture().addListener((closed) -> downstream.close());
		}

		@Override
		protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request) throws Exception {
			String host = request.headers().get(HttpHeaderNames.HOST, "");
			int dot = host.indexOf('.');
			String tenant = (dot > 0) ? host.substring(0, dot) : host;
			request.headers().set("X-Rustok-Tenant", tenant);
			request.headers().set("X-Rustok-Tenant-Signature", sign(request.method().name(), request.uri(), tenant));
			if (this.connected) {
				this.upstream.writeAndFlush(request);
			}
			else {
				this.waiting.add(request);
			}
		}

		private String sign(String method, String target, String tenant) throws GeneralSecurityException {
			Mac mac = MACS.get();
			if (mac == null) {
				mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
				MACS.set(mac);
			}
			byte[] random = new byte[12];
			ThreadLocalRandom.current().nextBytes(random);
			Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
			String nonce = base64.encodeToString(random);
			long seconds = System.currentTimeMillis() / 1000;
			String signed = String.join("\n", "v1", method, target, tenant, Long.toString(seconds), nonce);
			return "v1." + seconds + "." + nonce + "." + base64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}

	}

}
