namespace Graph.Seeding.Csv;

/// <summary>One CSV record: its fields and the physical line (1-based) it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
