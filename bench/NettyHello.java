import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/**
 * The ceiling of this box for DESIGN §6's list benchmark (issue 13): a bare Netty server answering
 * every request with a fixed JSON body of the size of a list page, on loopback, one event loop
 * per core. Nothing the platform does is cheaper than this.
 *   java -cp <netty jars> bench/NettyHello.java <port> <body bytes>
 */
public class NettyHello {

	public static void main(String[] args) throws InterruptedException {
		int port = Integer.parseInt(args[0]);
		byte[] body = ("{\"items\":\"" + "x".repeat(Math.max(0, Integer.parseInt(args[1]) - 12)) + "\"}").getBytes();
		ByteBuf content = Unpooled.unreleasableBuffer(Unpooled.directBuffer(body.length).writeBytes(body));
		var group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
		new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
			.childHandler(new ChannelInitializer<SocketChannel>() {
				@Override
				protected void initChannel(SocketChannel channel) {
					channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
							new SimpleChannelInboundHandler<FullHttpRequest>() {
								@Override
								protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request) {
									var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
											content.duplicate());
									response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
									response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
									boolean keepAlive = HttpUtil.isKeepAlive(request);
									var written = context.writeAndFlush(response);
									if (!keepAlive) {
										written.addListener(ChannelFutureListener.CLOSE);
									}
								}
							});
				}
			})
			.bind("127.0.0.1", port).sync().channel().closeFuture().sync();
	}

}
