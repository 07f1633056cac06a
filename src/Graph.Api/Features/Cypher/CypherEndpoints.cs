using System.Diagnostics;
using Graph.Api.Configuration;
using Graph.Api.Problems;
using Graph.Api.Results;
using Graph.Core.Store;
using Graph.Neo4j.Json;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Api.Features.Cypher;

/// <summary>
/// <c>POST /api/cypher</c>: a user's own statement, read-only (the store refuses writes in a read transaction before
/// they run: 403 <c>Neo.ClientError.Security.Forbidden</c>), under the time limit and row cap of <c>Graph:Cypher</c>.
/// </summary>
public static class CypherEndpoints
{
    public static RouteGroupBuilder MapCypherEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/cypher", RunCypher)
            .WithName("RunCypher")
            .WithSummary("Runs a read-only Cypher statement with parameters; time limit and row cap; a cut result says so.")
            .WithTags("Cypher")
            .Accepts<CypherRequest>("application/json")
            .Produces<CypherAnswer>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        return api;
    }

    public static async Task<IResult> RunCypher(HttpRequest request, JsonBody body, GraphQueries queries, IOptions<GraphOptions> options, CancellationToken cancellationToken)
    {
        var json = (await body.ReadObjectAsync(request, allowEmpty: false, cancellationToken))!;
        var statement = json["statement"] is JValue { Type: JTokenType.String } s ? (string)s! : null;
        if (string.IsNullOrWhiteSpace(statement))
        {
            throw new RequestParameterException("statement", "a non-empty string is required.");
        }

        var parameters = json["parameters"] switch
        {
            null or JValue { Type: JTokenType.Null } => [],
            JObject map => QueryApiJson.ReadMap(map, typed: false),
            _ => throw new RequestParameterException("parameters", "must be a JSON object."),
        };
        var limits = options.Value.Cypher;
        var clock = Stopwatch.StartNew();
        var result = await queries.Store.RunAsync(
            new CypherQuery(statement, parameters),
            AccessMode.Read,
            limits.ToQueryOptions(),
            cancellationToken);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        return new NewtonsoftResult(StatusCodes.Status200OK, "application/json; charset=utf-8", writer => Write(writer, result, limits.MaxRows, elapsed));
    }

    private static void Write(JsonWriter writer, QueryResult result, int maxRows, double elapsed)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("fields");
        writer.WriteStartArray();
        foreach (var field in result.Fields)
        {
            writer.WriteValue(field);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("rows");
        writer.WriteStartArray();
        foreach (var row in result.Rows)
        {
            writer.WriteStartArray();
            foreach (var value in row)
            {
                QueryApiJson.WritePlain(writer, value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("rowCount");
        writer.WriteValue(result.Rows.Count);
        writer.WritePropertyName("truncated");
        writer.WriteValue(result.Truncated);
        writer.WritePropertyName("maxRows");
        writer.WriteValue(maxRows);
        writer.WritePropertyName("plan");
        writer.WriteValue(result.Plan);
        writer.WritePropertyName("notifications");
        writer.WriteStartArray();
        foreach (var notification in result.Notifications)
        {
            writer.WriteValue(notification);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("elapsedMs");
        writer.WriteValue(Math.Round(elapsed, 3));
        writer.WriteEndObject();
    }
}
