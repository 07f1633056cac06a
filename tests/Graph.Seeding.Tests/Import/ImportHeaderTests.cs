using Graph.Seeding.Csv;
using Graph.Seeding.Import;

namespace Graph.Seeding.Tests.Import;

public sealed class ImportHeaderTests
{
    private readonly List<SeedProblem> _problems = [];

    private ImportHeader? Parse(string header, ImportFileKind kind = ImportFileKind.Nodes) =>
        ImportHeader.Parse(new CsvRecord(1, header.Split(',')), kind, "f.csv", _problems);

    private string[] Problems => [.. _problems.Select(p => p.ToString())];

    [Fact]
    public void Node_header_columns_get_their_kinds_names_and_types()
    {
        var header = Parse("id:ID,name,aliases:string[],line:int,big:long,x:double,y:float,ok:boolean,counts:int[],:LABEL");

        Assert.NotNull(header);
        Assert.Empty(_problems);
        Assert.Equal(
            ["Id id String", "Property name String", "Property aliases String[]", "Property line Int", "Property big Long",
             "Property x Double", "Property y Float", "Property ok Boolean", "Property counts Int[]", "Label  String"],
            header.Columns.Select(c => $"{c.Kind} {c.Name} {c.Type}{(c.IsArray ? "[]" : string.Empty)}"));
        Assert.Equal("id:ID,name,aliases:string[],line:int,big:long,x:double,y:float,ok:boolean,counts:int[],:LABEL", header.Text);
    }

    [Fact]
    public void Relationship_header_needs_start_end_and_type()
    {
        var header = Parse(":START_ID,:END_ID,:TYPE,since:int", ImportFileKind.Relationships);

        Assert.NotNull(header);
        Assert.Equal(ImportColumnKind.EndId, header.Column(ImportColumnKind.EndId).Kind);
        Assert.Equal(1, header.Column(ImportColumnKind.EndId).Index);
    }

    [Fact]
    public void Unknown_type_is_reported_with_its_column()
    {
        Assert.Null(Parse("id:ID,line:integer,:LABEL"));

        Assert.Equal(["f.csv:1: header column 2 'line:integer': unknown type 'integer' (expected string, int, long, float, double or boolean, or an array of one: int[])"], Problems);
    }

    [Fact]
    public void Unknown_keyword_is_reported()
    {
        Parse("id:ID,:LABELS");

        Assert.Equal(
            ["f.csv:1: header column 2 ':LABELS': unknown keyword ':LABELS' (expected one of :ID, :LABEL, :START_ID, :END_ID, :TYPE)",
             "f.csv:1: header has no :LABEL column (nodes need exactly one)"],
            Problems);
    }

    [Fact]
    public void Id_spaces_are_refused()
    {
        Parse("id:ID(Enterprise),:LABEL");

        Assert.Equal(
            ["f.csv:1: header column 1 'id:ID(Enterprise)': id spaces (':ID(group)') are not used in the seed",
             "f.csv:1: header has no :ID column (nodes need exactly one)"],
            Problems);
    }

    [Fact]
    public void Missing_id_and_duplicate_property_are_reported()
    {
        Parse("name,name,:LABEL");

        Assert.Equal(
            ["f.csv:1: header column 2 'name': property 'name' appears twice",
             "f.csv:1: header has no :ID column (nodes need exactly one)"],
            Problems);
    }

    [Fact]
    public void Relationship_keywords_do_not_belong_in_a_node_file()
    {
        Parse("id:ID,:TYPE,:LABEL");

        Assert.Equal(["f.csv:1: header column ':TYPE' does not belong in a file of nodes"], Problems);
    }

    [Fact]
    public void Empty_column_name_is_reported()
    {
        Parse("id:ID,,:LABEL");

        Assert.Equal(["f.csv:1: header column 2 '': empty column name"], Problems);
    }
}
