namespace Graph.Seeding.Schema;

/// <summary>A node label of the seed: its file (<c>nodes/&lt;FileName&gt;</c>), its id prefix, and its columns after the common ones.</summary>
public sealed record LabelSchema(string Label, string FileName, string Prefix, IReadOnlyList<ColumnSchema> Extras)
{
    /// <summary>Every property column in header order: the common ones, then <see cref="Extras"/>.</summary>
    public IEnumerable<ColumnSchema> Columns => SeedSchema.CommonNodeColumns.Concat(Extras);

    /// <summary>The exact header line of the label's file.</summary>
    public string Header => "id:ID," + string.Join(',', Columns.Select(c => c.HeaderText)) + ",:LABEL";
}
