using Graph.Api.Problems;

namespace Graph.Api.Contracts;

/// <summary>Validated <c>skip</c> and <c>limit</c> query parameters (limit 1–<see cref="MaxLimit"/>, default <see cref="DefaultLimit"/>).</summary>
public readonly record struct Paging(int Skip, int Limit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;

    public static Paging From(int? skip, int? limit)
    {
        if (skip is < 0)
        {
            throw new RequestParameterException("skip", "must be 0 or more.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            throw new RequestParameterException("limit", $"must be between 1 and {MaxLimit}.");
        }

        return new Paging(skip ?? 0, limit ?? DefaultLimit);
    }

    /// <summary>Pages a list that is already whole in memory.</summary>
    public Page<T> Of<T>(IReadOnlyList<T> all) =>
        new([.. all.Skip(Skip).Take(Limit)], Skip, Limit, all.Count > Skip + Limit, all.Count);

    /// <summary>Pages rows fetched with <c>LIMIT limit + 1</c>: the extra row only says that more follow.</summary>
    public Page<T> OfProbe<T>(IReadOnlyList<T> fetched) =>
        new([.. fetched.Take(Limit)], Skip, Limit, fetched.Count > Limit, null);

    /// <summary>The <c>$skip</c> and <c>$limit</c> parameters, asking for one row more than the page to learn whether more follow.</summary>
    public void AddProbeParameters(IDictionary<string, object?> parameters)
    {
        parameters["skip"] = (long)Skip;
        parameters["limit"] = (long)Limit + 1;
    }
}
