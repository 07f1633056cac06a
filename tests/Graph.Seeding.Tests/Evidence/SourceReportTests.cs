using Graph.Seeding.Evidence;
using Graph.Seeding.Tests.Support;

namespace Graph.Seeding.Tests.Evidence;

public sealed class SourceReportTests
{
    private static readonly SourceReport Sample = SourceReport.Parse(
        " 第一行 中芯\n\n国际扩能，\u3000芯片测试\n中心\n中芯国际\n");

    [Fact]
    public void Quote_is_found_across_line_breaks_and_any_whitespace()
    {
        Assert.Equal(EvidenceOutcome.Found, Sample.Find("中芯国际扩能", 1).Outcome);
        Assert.Equal(EvidenceOutcome.Found, Sample.Find("芯片测试中心", 3).Outcome);
        Assert.Equal(EvidenceOutcome.Found, Sample.Find("国际扩能，芯片 测试", 3).Outcome);
    }

    [Fact]
    public void Quote_on_another_line_says_where_it_starts()
    {
        var match = Sample.Find("中芯国际", 4);

        Assert.Equal(EvidenceOutcome.OnOtherLines, match.Outcome);
        Assert.Equal([1, 5], match.Lines);
    }

    [Fact]
    public void Empty_lines_hold_no_quote()
    {
        Assert.Equal([3], Sample.Find("国际扩能", 2).Lines);
    }

    [Fact]
    public void Missing_quote_line_out_of_range_and_empty_quote_are_told_apart()
    {
        Assert.Equal(EvidenceOutcome.NotFound, Sample.Find("西青", 1).Outcome);
        Assert.Equal(EvidenceOutcome.LineOutOfRange, Sample.Find("中芯", 6).Outcome);
        Assert.Equal(EvidenceOutcome.LineOutOfRange, Sample.Find("中芯", 0).Outcome);
        Assert.Equal(EvidenceOutcome.Empty, Sample.Find(" \u3000", 1).Outcome);
        Assert.Equal(5, Sample.LineCount);
    }

    [Fact]
    public void The_real_report_has_its_quotes_where_the_tiny_seed_says()
    {
        var report = SourceReport.Load(RepoPaths.Report);

        Assert.Equal(965, report.LineCount);
        Assert.Equal(EvidenceOutcome.Found, report.Find("元气森林二期", 746).Outcome); // split over lines 746 and 748
        Assert.Equal(EvidenceOutcome.Found, report.Find("地铁 5、6号线建成通车", 178).Outcome);
        Assert.Equal([707], report.Find("芯片测试中心", 705).Lines);
    }
}
