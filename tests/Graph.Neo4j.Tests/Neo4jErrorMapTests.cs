using System.Net;
using Graph.Core.Errors;
using Graph.Neo4j.Errors;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jErrorMapTests
{
    /// <summary>The whole table: server code → exception type and the code it carries.</summary>
    public static TheoryData<string, Type, string> ServerCodes => new()
    {
        { StatusCodes.SyntaxError, typeof(CypherSyntaxException), StatusCodes.SyntaxError },
        { StatusCodes.SemanticError, typeof(CypherSemanticException), StatusCodes.SemanticError },
        { StatusCodes.TypeError, typeof(CypherTypeException), StatusCodes.TypeError },
        { StatusCodes.ArgumentError, typeof(CypherArgumentException), StatusCodes.ArgumentError },
        { StatusCodes.ArithmeticError, typeof(CypherArithmeticException), StatusCodes.ArithmeticError },
        { StatusCodes.ParameterMissing, typeof(ParameterMissingException), StatusCodes.ParameterMissing },
        { StatusCodes.EntityNotFound, typeof(EntityNotFoundException), StatusCodes.EntityNotFound },
        { StatusCodes.FeatureNotSupported, typeof(UnsupportedFeatureException), StatusCodes.FeatureNotSupported },
        { StatusCodes.ConstraintValidationFailed, typeof(ConstraintViolationException), StatusCodes.ConstraintValidationFailed },
        { StatusCodes.ProcedureCallFailed, typeof(ProcedureException), StatusCodes.ProcedureCallFailed },
        { "Neo.ClientError.Statement.AccessMode", typeof(ForbiddenException), StatusCodes.Forbidden },
        { StatusCodes.Forbidden, typeof(ForbiddenException), StatusCodes.Forbidden },
        { StatusCodes.Unauthorized, typeof(ClientException), StatusCodes.Unauthorized },
        { "Neo.ClientError.Transaction.TransactionTimedOut", typeof(QueryTimeoutException), StatusCodes.TransactionTimedOut },
        { "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", typeof(QueryTimeoutException), StatusCodes.TransactionTimedOut },
        { "Neo.TransientError.Transaction.TransactionTimedOut", typeof(QueryTimeoutException), StatusCodes.TransactionTimedOut },
        { StatusCodes.TransientUnavailable, typeof(StoreUnavailableException), StatusCodes.TransientUnavailable },
        { "Neo.TransientError.Transaction.DeadlockDetected", typeof(ClientException), "Neo.TransientError.Transaction.DeadlockDetected" },
        { "Neo.TransientError.Cluster.NotALeader", typeof(ClientException), "Neo.TransientError.Cluster.NotALeader" },
        { "Neo.ClientError.Statement.SyntaxErrorButNotReally", typeof(ClientException), "Neo.ClientError.Statement.SyntaxErrorButNotReally" },
        { StatusCodes.DatabaseNotFound, typeof(ClientException), StatusCodes.DatabaseNotFound },
        { "Neo.DatabaseError.General.UnknownError", typeof(ClientException), "Neo.DatabaseError.General.UnknownError" },
    };

    [Theory]
    [MemberData(nameof(ServerCodes))]
    public void Server_code_maps_to_its_exception(string serverCode, Type expectedType, string expectedCode)
    {
        var error = Neo4jErrorMap.FromServer(serverCode, "the server's message");

        Assert.IsType(expectedType, error);
        Assert.Equal(expectedCode, error.Code);
        Assert.Equal(serverCode.StartsWith("Neo.TransientError.", StringComparison.Ordinal) && expectedType != typeof(QueryTimeoutException), error.IsTransient);
    }

    [Fact]
    public void Table_is_pinned_row_for_row()
    {
        var covered = ServerCodes.Select(row => (string)row[0]).ToList();
        Assert.All(Neo4jErrorMap.Rules, rule => Assert.Contains(covered, code => rule.Matches(code)));
    }

    [Theory]
    [InlineData("Invalid input 'RETUR': expected 'RETURN' (line 2, column 5 (offset: 17))\n\"RETUR 1\"\n     ^", "Invalid input 'RETUR': expected 'RETURN'", 2, 5, 17)]
    [InlineData("Variable `x` not defined", "Variable `x` not defined", 0, 0, 0)]
    public void Syntax_error_position_is_read_from_the_message(string message, string text, int line, int column, int offset)
    {
        var error = Assert.IsType<CypherSyntaxException>(Neo4jErrorMap.FromServer(StatusCodes.SyntaxError, message));

        Assert.Equal((line, column, offset), (error.Line, error.Column, error.Offset));
        Assert.StartsWith(text, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, false, typeof(ClientException), StatusCodes.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden, false, typeof(ForbiddenException), StatusCodes.Forbidden)]
    [InlineData(HttpStatusCode.NotFound, false, typeof(ClientException), StatusCodes.RequestInvalid)]
    [InlineData(HttpStatusCode.NotFound, true, typeof(ClientException), StatusCodes.TransactionNotFound)]
    [InlineData(HttpStatusCode.BadRequest, false, typeof(ClientException), StatusCodes.RequestInvalid)]
    [InlineData(HttpStatusCode.TooManyRequests, false, typeof(StoreUnavailableException), StatusCodes.TransientUnavailable)]
    [InlineData(HttpStatusCode.BadGateway, false, typeof(StoreUnavailableException), StatusCodes.TransientUnavailable)]
    [InlineData(HttpStatusCode.ServiceUnavailable, false, typeof(StoreUnavailableException), StatusCodes.TransientUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout, false, typeof(StoreUnavailableException), StatusCodes.TransientUnavailable)]
    [InlineData(HttpStatusCode.InternalServerError, false, typeof(ClientException), StatusCodes.StorageError)]
    public void Http_status_without_a_body_maps_sensibly(HttpStatusCode status, bool inTransaction, Type expectedType, string expectedCode)
    {
        var error = Neo4jErrorMap.FromHttpStatus(status, "POST", new Uri("http://neo4j:7474/db/neo4j/query/v2"), inTransaction);

        Assert.IsType(expectedType, error);
        Assert.Equal(expectedCode, error.Code);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }
}
