package dev.rustok.runtime.storefront;

import java.util.Locale;

import dev.rustok.runtime.shared.Money;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * Minor units of money as a GraphQL scalar: a whole number from 0 to 10^12, which does
 * not fit GraphQL's 32-bit {@code Int} but is exact in a JSON number (docs/adr/0022).
 */
final class MinorUnitsScalar {

	static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
		.name("MinorUnits")
		.description("Minor units of a currency, 0 to 10^12")
		.coercing(new MinorUnitsCoercing())
		.build();

	private MinorUnitsScalar() {
	}

	private static final class MinorUnitsCoercing implements Coercing<Long, Long> {

		@Override
		public Long serialize(Object result, GraphQLContext context, Locale locale) {
			if (result instanceof Long amount) {
				return amount;
			}
			if (result instanceof Integer amount) {
				return amount.longValue();
			}
			throw new CoercingSerializeException("not an amount of minor units");
		}

		@Override
		public Long parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof Number number && number.doubleValue() == number.longValue()
					&& inRange(number.longValue())) {
				return number.longValue();
			}
			throw new CoercingParseValueException("must be a whole number of minor units from 0 to 10^12");
		}

		@Override
		public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof IntValue value && value.getValue().bitLength() < 63
					&& inRange(value.getValue().longValue())) {
				return value.getValue().longValue();
			}
			throw new CoercingParseLiteralException("must be a whole number of minor units from 0 to 10^12");
		}

		private static boolean inRange(long amount) {
			return amount >= 0 && amount <= Money.MAX_AMOUNT_MINOR;
		}

	}

}
