using Graph.Api.Problems;
using Graph.Seeding.Schema;

namespace Graph.Api.Features.Chains;

/// <summary>The chain filters <c>town</c>, <c>status</c> and <c>period</c>, checked against the schema's values.</summary>
public sealed record ChainFilters(string? Town, string? Status, string? Period)
{
    public static ChainFilters From(string? town, string? status, string? period)
    {
        if (!string.IsNullOrEmpty(town) && !town.StartsWith("place-", StringComparison.Ordinal))
        {
            throw new RequestParameterException("town", $"'{town}' is not a place id (place-…).");
        }

        return new ChainFilters(NullIfEmpty(town), OneOf("status", status, SeedSchema.Statuses), OneOf("period", period, SeedSchema.Periods));
    }

    private static string? OneOf(string parameter, string? value, IReadOnlyList<string> allowed)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new RequestParameterException(parameter, $"'{value}' is not one of {string.Join(", ", allowed)}.");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
