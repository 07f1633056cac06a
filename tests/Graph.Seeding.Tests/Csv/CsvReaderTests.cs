using Graph.Seeding.Csv;

namespace Graph.Seeding.Tests.Csv;

public sealed class CsvReaderTests
{
    private readonly List<SeedProblem> _problems = [];

    private IReadOnlyList<CsvRecord> Read(string text) => CsvReader.Read(text, "f.csv", _problems);

    private string[] Problems => [.. _problems.Select(p => p.ToString())];

    [Fact]
    public void Plain_records_are_split_at_commas_and_numbered_by_line()
    {
        var records = Read("a,b,c\n1,2,3\n4,5,6\n");

        Assert.Equal([1, 2, 3], records.Select(r => r.Line));
        Assert.Equal(["4", "5", "6"], records[2].Fields);
        Assert.Empty(_problems);
    }

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_ends()
    {
        var records = Read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n");

        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\nlines", "z"], records[2].Fields);
        Assert.Equal(5, records[3].Line); // lines 3 and 4 hold the two-line field
        Assert.Empty(_problems);
    }

    [Fact]
    public void A_record_after_a_multi_line_field_reports_its_own_physical_line()
    {
        var records = Read("a,b\n\"1\n2\n3\",x\nbad\n");

        Assert.Equal([1, 2], records.Select(r => r.Line));
        Assert.Equal(["f.csv:5: 1 fields, the header has 2"], Problems);
    }

    [Fact]
    public void Empty_fields_and_a_missing_final_line_end_are_fine()
    {
        var records = Read("a,b,c\n,,\n\"\",x,");

        Assert.Equal(["", "", ""], records[1].Fields);
        Assert.Equal(["", "x", ""], records[2].Fields);
        Assert.Empty(_problems);
    }

    [Fact]
    public void Unterminated_quote_is_reported_at_the_line_its_record_starts()
    {
        var records = Read("a,b\n1,2\n3,\"open\n4,5\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["f.csv:3: unterminated quoted field (no closing quote before the end of the file)"], Problems);
    }

    [Fact]
    public void Quote_inside_an_unquoted_field_is_reported_and_the_record_dropped()
    {
        var records = Read("a,b\n1,x\"y\n2,3\n");

        Assert.Equal([1, 3], records.Select(r => r.Line));
        Assert.Equal(["f.csv:2: quote inside an unquoted field (quote the whole field and double the quote)"], Problems);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported()
    {
        Read("a,b\n\"x\"y,2\n");

        Assert.Equal(["f.csv:2: 'y' after a closing quote (a quoted field ends at a comma or the line end)"], Problems);
    }

    [Fact]
    public void Record_of_the_wrong_width_is_reported()
    {
        var records = Read("a,b,c\n1,2\n1,2,3,4\n");

        Assert.Single(records);
        Assert.Equal(["f.csv:2: 2 fields, the header has 3", "f.csv:3: 4 fields, the header has 3"], Problems);
    }

    [Fact]
    public void Empty_line_is_reported()
    {
        var records = Read("a\n1\n\n2\n");

        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal(["f.csv:3: empty line"], Problems);
    }

    [Fact]
    public void Byte_order_mark_is_reported_and_skipped()
    {
        var records = Read("\uFEFFa,b\n1,2\n");

        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(["f.csv:1: byte order mark at the start of the file (the seed is UTF-8 without BOM)"], Problems);
    }

    [Fact]
    public void Crlf_line_ends_are_reported_once_per_file_and_read_anyway()
    {
        var records = Read("a,b\r\n1,\"2\"\r\n3,4\r\n");

        Assert.Equal(["3", "4"], records[2].Fields);
        Assert.Equal(["f.csv:1: CRLF line end (the seed uses \\n line ends)"], Problems);
    }

    [Fact]
    public void Carriage_return_inside_an_unquoted_field_is_reported()
    {
        Read("a,b\n1,x\ry\n");

        Assert.Equal(["f.csv:2: carriage return inside an unquoted field"], Problems);
    }
}
