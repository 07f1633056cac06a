namespace Graph.Neo4j.Tests.Fakes;

/// <summary>One scripted answer of the fake Neo4j.</summary>
internal sealed record FakeResponse(int Status, string? Body, string ContentType = FakeResponse.Typed)
{
    public const string Typed = "application/vnd.neo4j.query";

    /// <summary>Extra response headers, e.g. cluster affinity or Set-Cookie.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Wait this long before answering (cancelled when the client goes away).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Drop the connection without answering: a transport failure.</summary>
    public bool Abort { get; init; }

    public static FakeResponse Accepted(string body) => new(202, body);

    public static FakeResponse Error(string code, string message, int status = 202) =>
        new(status, $$"""{"errors":[{"code":"{{code}}","message":{{Newtonsoft.Json.JsonConvert.ToString(message)}}}]}""", "application/json");
}
