package dev.rustok.gateway.edge;

import java.util.List;

import reactor.netty.NettyPipeline;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Puts {@link NettyErrorProblems} into every connection's pipeline; parses the
 * {@link TrustedProxies} once for every part of the gateway that believes them.
 */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

	@Bean
	TrustedProxies trustedProxies(Environment environment) {
		// the Binder reads a comma-separated value and a YAML list alike; @Value reads
		// only the first
		return TrustedProxies
			.of(Binder.get(environment).bind(TrustedProxies.PROPERTY, Bindable.listOf(String.class)).orElse(List.of()));
	}

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
