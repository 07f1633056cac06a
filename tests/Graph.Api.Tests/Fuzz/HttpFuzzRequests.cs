using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json;

namespace Graph.Api.Tests.Fuzz;

/// <summary>
/// Draws the next request of the HTTP fuzz over the whole surface: the Cypher console, the Query API (plain and
/// typed, auto-commit and explicit transactions with ids that exist, ended or never did), the domain endpoints with
/// hostile ids and query strings, the write endpoints, and bodies that are not JSON or not UTF-8.
/// </summary>
internal sealed class HttpFuzzRequests
{
    private const string QueryApi = "/db/neo4j/query/v2";
    private const string Typed = "application/vnd.neo4j.query";

    private static readonly string[] Ids =
    [
        "ent-smic", "place-xiqing", "chain-auto-nev", "../../etc/passwd", "%00", "'; MATCH (n) DETACH DELETE n //",
        "中芯国际", "%E4%B8%AD", "a%2Fb", "ent-" + new string('x', 5000), "\u202e", "%FF%FE", "", "{id}",
    ];

    private static readonly string[] DomainPaths =
    [
        "/api/entities/{0}", "/api/places/{0}", "/api/chains/{0}", "/api/chains/{0}/towns", "/api/chains",
        "/api/enterprises/{0}/related", "/api/graph/neighborhood/{0}?depth={1}&limit={1}", "/api/paths?from={0}&to={0}&maxHops={1}",
        "/api/search?q={0}&limit={1}", "/api/search?q={0}&label={0}", "/api/chains/{0}?status={0}&period={0}",
        "/health/live", "/health/ready", "/", "/openapi/v1.json", "/api/nope/{0}",
    ];

    private readonly ConcurrentQueue<string> transactions = new();

    /// <summary>Keeps a transaction id the service handed out, for later requests to use, end or race on.</summary>
    public void Remember(string transactionId)
    {
        transactions.Enqueue(transactionId);
        while (transactions.Count > 16 && transactions.TryDequeue(out _))
        {
        }
    }

    public HttpFuzzRequest Next(Random random)
    {
        var key = random.Next(3) == 0;
        switch (random.Next(12))
        {
            case 0 or 1 or 2:
                return Json(HttpMethod.Post, "/api/cypher", Statement(random, typed: false), key);
            case 3 or 4:
                return Json(HttpMethod.Post, QueryApi, Statement(random, typed: random.Next(2) == 0), key) with { Accept = random.Next(2) == 0 ? Typed : null };
            case 5:
                return Json(HttpMethod.Post, QueryApi + "/tx", random.Next(3) == 0 ? "{}" : Statement(random, typed: false), key);
            case 6:
                return Json(HttpMethod.Post, $"{QueryApi}/tx/{TransactionId(random)}", Statement(random, typed: false), key);
            case 7:
                return random.Next(2) == 0
                    ? Json(HttpMethod.Post, $"{QueryApi}/tx/{TransactionId(random)}/commit", random.Next(2) == 0 ? "{}" : Statement(random, typed: false), key)
                    : new HttpFuzzRequest(HttpMethod.Delete, $"{QueryApi}/tx/{TransactionId(random)}", null, null, key);
            case 8 or 9:
                return new HttpFuzzRequest(HttpMethod.Get, DomainPath(random), null, null, false);
            case 10:
                return Writes(random, key);
            default:
                return Garbage(random, key);
        }
    }

    private static HttpFuzzRequest Json(HttpMethod method, string path, string body, bool key) =>
        new(method, path, Encoding.UTF8.GetBytes(body), "application/json", key);

    private static string Statement(Random random, bool typed)
    {
        var parameters = string.Join(",", Enumerable.Range(0, random.Next(3)).Select(i => $"\"p{i}\":{DeepValues.Next(random, typed)}"));
        var text = random.Next(5) == 0 ? $"RETURN $p0 AS v, size(toString($p0)) AS n" : HostileStatements.Next(random);
        return $"{{\"statement\":{JsonConvert.ToString(text)},\"parameters\":{{{parameters}}}}}";
    }

    private string TransactionId(Random random)
    {
        var known = transactions.ToArray();
        return random.Next(4) != 0 && known.Length > 0 ? known[random.Next(known.Length)] : Ids[random.Next(Ids.Length)];
    }

    private static string DomainPath(Random random)
    {
        var template = DomainPaths[random.Next(DomainPaths.Length)];
        var number = random.Next(3) switch { 0 => "-1", 1 => random.Next(0, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture), _ => "1e99" };
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Ids[random.Next(Ids.Length)], number);
    }

    private static HttpFuzzRequest Writes(Random random, bool key)
    {
        var value = DeepValues.Next(random, typed: false);
        return random.Next(3) switch
        {
            0 => Json(HttpMethod.Post, "/api/entities", $"{{\"id\":\"ent-fuzz-{random.Next(50)}\",\"label\":\"Enterprise\",\"name\":{value},\"properties\":{{\"p\":{value}}}}}", key),
            1 => Json(HttpMethod.Patch, $"/api/entities/ent-fuzz-{random.Next(50)}", $"{{\"properties\":{{\"p\":{value}}}}}", key),
            _ => new HttpFuzzRequest(HttpMethod.Delete, $"/api/entities/ent-fuzz-{random.Next(50)}", null, null, key),
        };
    }

    private static HttpFuzzRequest Garbage(Random random, bool key)
    {
        var path = random.Next(2) == 0 ? "/api/cypher" : QueryApi;
        byte[] body = random.Next(4) switch
        {
            // Not UTF-8: a lone continuation byte, an overlong form, a surrogate encoded, a truncated sequence.
            0 => [.. "{\"statement\":\"RETURN '"u8.ToArray(), 0x80, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xE4, .. "' AS x\"}"u8.ToArray()],
            1 => Encoding.UTF8.GetBytes("{\"statement\":\"RETURN 1\"" + new string('}', random.Next(1, 10))),
            2 => Encoding.UTF8.GetBytes(new string('[', random.Next(1, 100_000))),
            _ => [.. Enumerable.Range(0, random.Next(1, 2000)).Select(_ => (byte)random.Next(256))],
        };
        var type = random.Next(4) switch { 0 => "text/plain", 1 => null, 2 => "application/json; charset=latin1", _ => "application/json" };
        return new HttpFuzzRequest(HttpMethod.Post, path, body, type, key);
    }
}
