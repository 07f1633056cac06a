using Graph.Api.Contracts;

namespace Graph.Api.Features.Chains;

/// <summary>
/// A chain with its (filtered) members: counts by status, by town and by label over all of them, and one page of them.
/// A member with facts of two statuses counts under each; a member in no town counts under <see cref="ChainDetails.NoTown"/>.
/// </summary>
public sealed record ChainDetails(
    string Id,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyList<TownCount> ByTown,
    IReadOnlyDictionary<string, int> ByLabel,
    Page<ChainMember> Members)
{
    /// <summary>The key for members whose town the graph does not say.</summary>
    public const string NoTown = "(no town)";
}
