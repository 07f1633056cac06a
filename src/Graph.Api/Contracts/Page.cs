namespace Graph.Api.Contracts;

/// <summary>One page of a list: the items, where it starts, its size limit, whether more follow, and the total where it is known.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Skip, int Limit, bool HasMore, int? Total);
