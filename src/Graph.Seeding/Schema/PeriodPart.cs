namespace Graph.Seeding.Schema;

/// <summary>A period and the heading of the report part that states facts of that period.</summary>
public sealed record PeriodPart(string Period, string Heading);
