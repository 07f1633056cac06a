namespace Graph.Seeding.Tests.Validation;

/// <summary>Bytes the seed rules forbid: a byte order mark and control characters such as NUL.</summary>
public sealed partial class SeedValidatorTests
{
    [Fact]
    public void A_byte_order_mark_in_a_file_is_reported_at_line_1()
    {
        File.WriteAllBytes(_seed.FullPath("nodes/chain.csv"), [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(_seed.FullPath("nodes/chain.csv"))]);

        AssertOnly("nodes/chain.csv:1: byte order mark at the start of the file (the seed is UTF-8 without BOM)");
    }

    [Fact]
    public void A_NUL_byte_in_a_field_is_reported_at_its_line_and_column()
    {
        _seed.Edit("nodes/chain.csv", 2, "集成电路产业链", "集成电路\0产业链");

        AssertOnly($"nodes/chain.csv:2: control character U+0000 at column {"chain-integrated-circuit,集成电路,IC;Integrated Circuit,集成电路".Length + 1} (the seed holds text only: no NUL or other control characters but tab and the line end)");
    }

    [Fact]
    public void Other_control_characters_are_reported_once_per_line()
    {
        _seed.Edit("nodes/chain.csv", 2, "集成电路产业链", "集成\u0007电路\u001B产业链");

        AssertOnly($"nodes/chain.csv:2: control character U+0007 at column {"chain-integrated-circuit,集成电路,IC;Integrated Circuit,集成".Length + 1} (the seed holds text only: no NUL or other control characters but tab and the line end)");
    }
}
