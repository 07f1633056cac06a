namespace Graph.Seeding.Schema;

/// <summary>
/// A relationship type of the seed: its file (<c>rels/&lt;FileName&gt;</c>), the shapes it may take, and for
/// types that end at a kind of Place (ALONG) the place levels allowed at the end.
/// </summary>
public sealed record RelationshipSchema(string Type, string FileName, IReadOnlyList<EndpointRule> Endpoints, IReadOnlyList<string>? EndPlaceLevels = null)
{
    public bool Allows(string startLabel, string endLabel) => Endpoints.Any(e => e.Allows(startLabel, endLabel));

    /// <summary>The allowed shapes, e.g. <c>Place → Place or Park → Park</c>.</summary>
    public string DescribeEndpoints() => string.Join(" or ", Endpoints);
}
