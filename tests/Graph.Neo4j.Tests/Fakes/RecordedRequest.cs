using Graph.Neo4j.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Neo4j.Tests.Fakes;

/// <summary>What the fake Neo4j received.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JObject Json => QueryApiJson.ParseObject(Body) ?? throw new InvalidOperationException($"Not a JSON object: {Body}");

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
