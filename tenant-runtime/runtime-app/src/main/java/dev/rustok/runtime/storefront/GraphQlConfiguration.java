package dev.rustok.runtime.storefront;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.QuotaExceeded;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.RuntimeProblem;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.CurrentTenant;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * GraphQL at {@code /graphql} (docs/adr/0038): the request's tenant in the GraphQL
 * context, limits on depth and on complexity so that one query cannot walk the whole
 * catalogue with every variant, and the runtime's problems as GraphQL errors with the
 * same {@code errors: [{field, reason}]} as problem+json.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/** Deep enough for products → edges → node → variants → prices → amount and a bit. */
	static final int MAX_DEPTH = 8;

	/**
	 * A page of 20 products with their variants and prices costs about 2,300; 100 of them
	 * 11,300 (see {@link #complexity}).
	 */
	static final int MAX_COMPLEXITY = 5_000;

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth() {
		return new MaxQueryDepthInstrumentation(MAX_DEPTH) {

			// tools ask for the schema with a query about 13 levels deep; it reads no
			// data, and graphql-java's good-faith introspection check bounds it
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				if (introspectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
					return SimpleInstrumentationContext.noOp();
				}
				return super.beginExecuteOperation(parameters, state);
			}

		};
	}

	static boolean introspectionOnly(OperationDefinition operation) {
		return operation.getOperation() == OperationDefinition.Operation.QUERY && operation.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity() {
		return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, complexity());
	}

	/**
	 * A list field costs its expected length times what each element asks for: a page its
	 * {@code first}, a product's variants 10 (up to 100), images and collections 5, a
	 * variant's prices 3, ...; any other field 1 plus its children.
	 */
	static FieldComplexityCalculator complexity() {
		return (environment, childComplexity) -> {
			int each = 1 + childComplexity;
			return switch (environment.getField().getName()) {
				case "products" -> pageSize(environment.getArguments()) * each;
				case "variants" -> 10 * each;
				case "images", "collections", "children", "categories" -> 5 * each;
				case "prices", "options", "tags" -> 3 * each;
				default -> each;
			};
		};
	}

	private static int pageSize(Map<String, Object> arguments) {
		return (arguments.get("first") instanceof Integer first && first > 0)
				? Math.min(first, ListingRequest.MAX_LIMIT) : ListingRequest.DEFAULT_LIMIT;
	}

	@Bean
	RuntimeWiringConfigurer minorUnitsScalar() {
		return (wiring) -> wiring.scalar(MinorUnitsScalar.TYPE);
	}

	/**
	 * The tenant the gateway named, from the request (GatewayTenantFilter has checked it
	 * before any GraphQL runs), into the GraphQL context where the data fetchers read it.
	 */
	@Bean
	WebGraphQlInterceptor tenantIntoGraphQlContext() {
		return (request, chain) -> {
			Tenant tenant = CurrentTenant
				.of(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest())
				.orElseThrow(() -> new IllegalStateException("GatewayTenantFilter did not run for this request"));
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(StorefrontGraphQl.TENANT, tenant)).build());
			return chain.next(request);
		};
	}

	@Bean
	DataFetcherExceptionResolver runtimeProblems() {
		return new DataFetcherExceptionResolverAdapter() {

			@Override
			protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
				if (!(ex instanceof RuntimeProblem problem)) {
					return null;
				}
				ErrorType type = switch (problem) {
					case InvalidInput invalid -> ErrorType.BAD_REQUEST;
					case ResourceConflict conflict -> ErrorType.BAD_REQUEST;
					case ResourceNotFound notFound -> ErrorType.NOT_FOUND;
					case QuotaExceeded quota -> ErrorType.FORBIDDEN;
				};
				GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(environment)
					.errorType(type)
					.message(problem.getMessage());
				// the status REST would answer, so clients tell a conflict from bad input
				Map<String, Object> extensions = new LinkedHashMap<>(problem.properties());
				extensions.put("status", switch (problem) {
					case InvalidInput invalid -> 400;
					case ResourceConflict conflict -> 409;
					case ResourceNotFound notFound -> 404;
					case QuotaExceeded quota -> 403;
				});
				List<FieldProblem> errors = problem.errors();
				if (!errors.isEmpty()) {
					extensions.put("errors",
							errors.stream()
								.map((field) -> Map.of("field", field.field(), "reason", field.reason()))
								.toList());
				}
				return error.extensions(extensions).build();
			}

		};
	}

}
