package dev.rustok.runtime.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where webhooks may go: public https targets only, unless the dev/test switch allows
 * local ones. Names resolve through a table here, as DNS would answer them.
 */
class WebhookTargetsTests {

	private static final Map<String, String> DNS = Map.of("shop-erp.example", "93.184.216.34", "rebound.example",
			"127.0.0.1", "metadata.example", "169.254.169.254", "intranet.example", "10.1.2.3");

	private final WebhookTargets production = new WebhookTargets(false, WebhookTargetsTests::resolve);

	private final WebhookTargets dev = new WebhookTargets(true, WebhookTargetsTests::resolve);

	@Test
	void acceptsAnHttpsUrlOfAPublicHost() {
		assertThat(this.production.refusal("https://shop-erp.example/hooks/rustok?x=1")).isEmpty();
		assertThat(this.production.refusal("https://93.184.216.34:8443/hook")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://shop-erp.example/hook", "ftp://shop-erp.example/hook", "shop-erp.example/hook",
			"https://user:pass@shop-erp.example/hook", "https://shop-erp.example/hook#part", "https:///hook",
			"https://exa mple.com/", "" })
	void refusesWhatIsNotAPlainHttpsUrl(String url) {
		assertThat(this.production.refusal(url)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://127.0.0.1/hook", "https://localhost/hook", "https://[::1]/hook",
			"https://10.0.0.8/hook", "https://192.168.1.1/hook", "https://172.16.5.4/hook",
			"https://169.254.169.254/latest/meta-data", "https://[fe80::1]/hook", "https://[fd00::1]/hook",
			"https://[::ffff:127.0.0.1]/hook", "https://0.0.0.0/hook", "https://100.64.0.1/hook",
			"https://rebound.example/hook", "https://metadata.example/hook", "https://intranet.example/hook" })
	void refusesTargetsInsideTheNetwork(String url) {
		assertThat(this.production.refusal(url))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("loopback, private or link-local"));
	}

	@Test
	void refusesAHostThatDoesNotResolve() {
		assertThat(this.production.refusal("https://nowhere.example/hook"))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("does not resolve"));
	}

	@Test
	void theDevSwitchAllowsHttpAndLoopbackButNotUserInfo() {
		assertThat(this.dev.refusal("http://127.0.0.1:8080/hook")).isEmpty();
		assertThat(this.dev.refusal("https://localhost/hook")).isEmpty();
		assertThat(this.dev.refusal("http://user:pass@127.0.0.1/hook")).isPresent();
		assertThat(this.dev.refusal("ftp://127.0.0.1/hook")).isPresent();
	}

	private static InetAddress[] resolve(String host) throws UnknownHostException {
		String address = DNS.get(host);
		if (address != null) {
			return new InetAddress[] { InetAddress.getByName(address) };
		}
		if (host.equals("localhost")) {
			return new InetAddress[] { InetAddress.getLoopbackAddress() };
		}
		if (Character.digit(host.charAt(0), 16) >= 0 || host.contains(":")) {
			// a literal address: no lookup happens
			return new InetAddress[] { InetAddress.getByName(host) };
		}
		throw new UnknownHostException(host);
	}

}
