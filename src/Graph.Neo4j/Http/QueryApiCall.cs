namespace Graph.Neo4j.Http;

/// <summary>One logical Query API call: what to send, where, and how failures are handled.</summary>
/// <param name="Method">POST to run, open or commit; DELETE to roll back.</param>
/// <param name="Path">Relative to the base URI, e.g. <c>db/neo4j/query/v2/tx/abc</c>.</param>
/// <param name="Body">The JSON body; null sends none.</param>
/// <param name="Affinity">The transaction's cluster affinity to echo.</param>
/// <param name="Retryable">True only for work Neo4j has not started on when it fails: auto-commit and transaction open.</param>
/// <param name="InTransaction">True when the path names a transaction, so a bare 404 means it has expired.</param>
/// <param name="Timeout">The deadline for the whole call, retries included.</param>
internal sealed record QueryApiCall(
    HttpMethod Method,
    string Path,
    QueryApiRequest? Body,
    QueryApiAffinity Affinity,
    bool Retryable,
    bool InTransaction,
    TimeSpan Timeout);
