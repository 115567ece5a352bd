package dev.rustok.gateway.edge;

import reactor.netty.NettyPipeline;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link NettyErrorProblems} into every connection's pipeline. */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

	@Bean
	NettyServerCustomizer nettyErrorProblems(SecurityHeadersProperties properties) {
		SecurityHeaders securityHeaders = new SecurityHeaders(properties);
		// right after the HTTP codec: it sees decoded requests coming in, and responses
		// going out before they are encoded, Reactor Netty's own error answers included
		return (server) -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline()
					.addAfter(NettyPipeline.HttpCodec, "rustokNettyErrorProblems",
							new NettyErrorProblems(securityHeaders));
			}
		});
	}

}
