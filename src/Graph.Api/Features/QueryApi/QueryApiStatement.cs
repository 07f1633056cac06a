using Graph.Api.Problems;
using Graph.Core.Store;
using Graph.Neo4j.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Api.Features.QueryApi;

/// <summary>
/// A Query API request body: <c>statement</c>, <c>parameters</c> (typed when the request's Content-Type is
/// <c>application/vnd.neo4j.query</c>), <c>accessMode</c> (Read|Write, any case; Write is Neo4j's default) and
/// <c>maxExecutionTime</c> (ms). Bookmarks, impersonation and counters flags are accepted and ignored: one
/// server, and counters are always sent.
/// </summary>
internal sealed record QueryApiStatement(CypherQuery? Query, bool ReadRequested, TimeSpan? MaxExecutionTime)
{
    public static QueryApiStatement From(JObject? body, bool typedParameters)
    {
        if (body is null)
        {
            return new QueryApiStatement(null, false, null);
        }

        CypherQuery? query = null;
        switch (body["statement"])
        {
            case null or JValue { Type: JTokenType.Null }:
                break;
            case JValue { Type: JTokenType.String } s when !string.IsNullOrWhiteSpace((string?)s):
                var parameters = body["parameters"] switch
                {
                    null or JValue { Type: JTokenType.Null } => [],
                    JObject map => QueryApiJson.ReadMap(map, typedParameters),
                    _ => throw new RequestParameterException("parameters", "must be a JSON object."),
                };
                query = new CypherQuery((string)s!, parameters);
                break;
            default:
                throw new RequestParameterException("statement", "must be a non-empty string.");
        }

        var mode = (string?)(body["accessMode"] as JValue);
        var read = mode switch
        {
            null => false,
            _ when string.Equals(mode, "read", StringComparison.OrdinalIgnoreCase) => true,
            _ when string.Equals(mode, "write", StringComparison.OrdinalIgnoreCase) => false,
            _ => throw new RequestParameterException("accessMode", $"'{mode}' is neither Read nor Write."),
        };
        TimeSpan? maxTime = body["maxExecutionTime"] is JValue { Type: JTokenType.Integer } ms && (long)ms! > 0 ? TimeSpan.FromMilliseconds((long)ms!) : null;
        return new QueryApiStatement(query, read, maxTime);
    }
}
