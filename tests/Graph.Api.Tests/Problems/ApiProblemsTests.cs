using Graph.Api.Problems;
using Graph.Core.Errors;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Tests.Problems;

public sealed class ApiProblemsTests
{
    [Theory]
    [InlineData(Codes.SyntaxError, 400)]
    [InlineData(Codes.SemanticError, 400)]
    [InlineData(Codes.TypeError, 400)]
    [InlineData(Codes.ArgumentError, 400)]
    [InlineData(Codes.ArithmeticError, 400)]
    [InlineData(Codes.ParameterMissing, 400)]
    [InlineData(Codes.FeatureNotSupported, 400)]
    [InlineData(Codes.ProcedureNotFound, 400)]
    [InlineData(Codes.RequestInvalid, 400)]
    [InlineData(Codes.InvalidFormat, 400)]
    [InlineData(Codes.Unauthorized, 401)]
    [InlineData(Codes.Forbidden, 403)]
    [InlineData(ApiProblems.AccessModeCode, 403)]
    [InlineData(Codes.EntityNotFound, 404)]
    [InlineData(Codes.DatabaseNotFound, 404)]
    [InlineData(Codes.TransactionNotFound, 404)]
    [InlineData(Codes.ConstraintValidationFailed, 409)]
    [InlineData(Codes.EquivalentSchemaRuleAlreadyExists, 409)]
    [InlineData(Codes.Terminated, 409)]
    [InlineData(Codes.TransactionTimedOut, 504)]
    [InlineData(Codes.TransientUnavailable, 503)]
    [InlineData(Codes.DeadlockDetected, 503)]
    [InlineData(Codes.StorageError, 500)]
    [InlineData(Codes.CorruptStore, 500)]
    public void Every_Neo4j_code_maps_to_one_HTTP_status(string code, int status)
    {
        Assert.Equal(status, ApiProblems.StatusFor(code));
    }

    [Fact]
    public void A_syntax_error_problem_carries_its_line_and_column()
    {
        var problem = ApiProblems.FromException(new CypherSyntaxException("Invalid input 'RETRUN'", 2, 5, 17), "trace");

        Assert.Equal(400, problem.Status);
        Assert.Equal(Codes.SyntaxError, problem.Extensions["code"]);
        Assert.Equal(2, problem.Extensions["line"]);
        Assert.Equal(5, problem.Extensions["column"]);
    }

    [Fact]
    public void A_timeout_has_its_own_status_and_code()
    {
        var problem = ApiProblems.FromException(new QueryTimeoutException("took too long"), "trace");

        Assert.Equal(504, problem.Status);
        Assert.Equal(Codes.TransactionTimedOut, problem.Extensions["code"]);
    }

    [Fact]
    public void An_unknown_exception_is_a_500_naming_only_the_trace_id()
    {
        var problem = ApiProblems.FromException(new InvalidOperationException("secret internals at Foo.Bar()"), "trace-42");

        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain("secret", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("trace-42", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_too_large_body_is_413()
    {
        Assert.Equal(413, ApiProblems.FromException(new RequestTooLargeException(10), "t").Status);
    }

    [Fact]
    public void A_bad_parameter_is_400_naming_it()
    {
        var problem = ApiProblems.FromException(new RequestParameterException("limit", "must be between 1 and 200."), "t");

        Assert.Equal(400, problem.Status);
        Assert.Equal("limit", problem.Extensions["parameter"]);
    }
}
