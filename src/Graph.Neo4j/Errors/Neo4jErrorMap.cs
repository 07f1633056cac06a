using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Graph.Core.Errors;

namespace Graph.Neo4j.Errors;

/// <summary>
/// Maps Neo4j's <c>errors: [{code, message}]</c> and bare HTTP failures onto Graph.Core's exception tree,
/// by one table read top to bottom, most specific first. A code with a dedicated exception type whose own
/// code differs (a transaction timeout, an access-mode violation) becomes that type, so both stores raise
/// the same thing for the same fault; every other code survives verbatim in a <see cref="ClientException"/>,
/// whose <see cref="GraphException.IsTransient"/> is then true exactly for <c>Neo.TransientError.*</c>.
/// </summary>
internal static partial class Neo4jErrorMap
{
    public static IReadOnlyList<Neo4jErrorRule> Rules { get; } =
    [
        new(Neo4jErrorMatch.Exact, StatusCodes.SyntaxError, (_, m) => Syntax(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.SemanticError, (_, m) => new CypherSemanticException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.TypeError, (_, m) => new CypherTypeException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.ArgumentError, (_, m) => new CypherArgumentException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.ArithmeticError, (_, m) => new CypherArithmeticException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.ParameterMissing, (_, m) => new ParameterMissingException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.EntityNotFound, (_, m) => new EntityNotFoundException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.FeatureNotSupported, (_, m) => new UnsupportedFeatureException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.ConstraintValidationFailed, (_, m) => new ConstraintViolationException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.ProcedureCallFailed, (_, m) => new ProcedureException(m)),

        // A write in a READ transaction: Neo4j says Statement.AccessMode, the embedded store Security.Forbidden.
        new(Neo4jErrorMatch.Exact, "Neo.ClientError.Statement.AccessMode", (_, m) => new ForbiddenException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.Forbidden, (_, m) => new ForbiddenException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.Unauthorized, (c, m) => new ClientException(c, m)),

        // Before the transient rows: a timed-out transaction is not worth retrying with the same limit,
        // whichever class (ClientError in 5.x, TransientError in older servers) the server files it under.
        new(Neo4jErrorMatch.Contains, ".Transaction.TransactionTimedOut", (_, m) => new QueryTimeoutException(m)),
        new(Neo4jErrorMatch.Exact, StatusCodes.TransientUnavailable, (_, m) => new StoreUnavailableException(m)),
        new(Neo4jErrorMatch.Prefix, "Neo.TransientError.", (c, m) => new ClientException(c, m)),
    ];

    /// <summary>The exception for one server error.</summary>
    public static GraphException FromServer(string? code, string? message)
    {
        code = string.IsNullOrWhiteSpace(code) ? StatusCodes.StorageError : code;
        message = string.IsNullOrWhiteSpace(message) ? code : message;
        foreach (var rule in Rules)
        {
            if (rule.Matches(code))
            {
                return rule.Create(code, message);
            }
        }

        return new ClientException(code, message);
    }

    /// <summary>The exception for an HTTP failure that carried no Neo4j error body.</summary>
    public static GraphException FromHttpStatus(HttpStatusCode status, string method, Uri uri, bool inTransaction)
    {
        var what = $"Neo4j answered HTTP {(int)status} ({status}) to {method} {uri.AbsolutePath}";
        return status switch
        {
            HttpStatusCode.Unauthorized => new ClientException(StatusCodes.Unauthorized, $"{what}: check the Neo4j user and password."),
            HttpStatusCode.Forbidden => new ForbiddenException($"{what}: the user may not do this."),
            HttpStatusCode.NotFound when inTransaction =>
                new ClientException(StatusCodes.TransactionNotFound, $"{what}: the transaction has expired or was closed."),
            HttpStatusCode.NotFound =>
                new ClientException(StatusCodes.RequestInvalid, $"{what}: is the Query API enabled (Neo4j 5.19+) and the database name right?"),
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                new StoreUnavailableException($"{what}; retrying may succeed."),
            >= HttpStatusCode.InternalServerError => new ClientException(StatusCodes.StorageError, what),
            _ => new ClientException(StatusCodes.RequestInvalid, what),
        };
    }

    /// <summary>
    /// Neo4j puts the position inside the message: <c>Invalid input 'RETUR': expected … (line 1, column 1
    /// (offset: 0))</c> followed by the statement and a caret line. Unknown positions are 0.
    /// </summary>
    private static CypherSyntaxException Syntax(string message)
    {
        var match = PositionPattern().Match(message);
        if (!match.Success)
        {
            return new CypherSyntaxException(message.Trim(), 0, 0, 0);
        }

        var text = message[..match.Index].TrimEnd();
        return new CypherSyntaxException(
            text.Length == 0 ? "Invalid syntax" : text,
            int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["offset"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\(line (?<line>\d{1,9}), column (?<column>\d{1,9}) \(offset: (?<offset>\d{1,9})\)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPattern();
}
