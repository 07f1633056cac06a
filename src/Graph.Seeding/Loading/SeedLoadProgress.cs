namespace Graph.Seeding.Loading;

/// <summary>Reported after each statement of a load: where it is, and how far, in statements and in seed rows.</summary>
public sealed record SeedLoadProgress(SeedLoadPhase Phase, string Group, int StatementsDone, int StatementsTotal, int RowsDone, int RowsTotal);
