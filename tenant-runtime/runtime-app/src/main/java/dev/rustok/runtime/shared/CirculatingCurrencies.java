package dev.rustok.runtime.shared;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The currencies a price may be in: ISO 4217 list one as of 2025, minus what is not money
 * a shop can charge. The JDK's {@link Currency#getAvailableCurrencies()} is not enough:
 * it also knows withdrawn currencies (DEM, HRK, ...), funds (BOV, CHE, USN, ...),
 * precious metals (XAU, XAG, ...), bond units, XDR, XTS (testing) and XXX (no currency).
 */
public final class CirculatingCurrencies {

	// ANG (replaced by XCG in 2025) and BGN (euro since 2026) are left out on purpose
	private static final Set<String> CODES = Stream
		.of(("AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD "
				+ "CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS "
				+ "GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW "
				+ "KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR "
				+ "MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR "
				+ "SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX "
				+ "USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG")
			.split(" "))
		// Money formats with the JDK's decimals: a code the JDK does not know is left out
		.filter(CirculatingCurrencies::knownToTheJdk)
		.collect(Collectors.toUnmodifiableSet());

	private CirculatingCurrencies() {
	}

	/** Whether {@code code} is one of these currencies (exact, upper-case). */
	public static boolean contains(String code) {
		return code != null && CODES.contains(code);
	}

	/** Every code, for tests and documentation. */
	public static Set<String> codes() {
		return CODES;
	}

	private static boolean knownToTheJdk(String code) {
		try {
			return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
