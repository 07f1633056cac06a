namespace Graph.Api.Features.Cypher;

/// <summary>The body of <c>POST /api/cypher</c> (documents the contract; the body is read with the Cypher value codec).</summary>
public sealed record CypherRequest(string Statement, IReadOnlyDictionary<string, object?>? Parameters);
