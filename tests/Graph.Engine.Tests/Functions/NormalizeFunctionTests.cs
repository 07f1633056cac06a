using static Graph.Engine.Tests.Functions.Calls;

namespace Graph.Engine.Tests.Functions;

public sealed class NormalizeFunctionTests
{
    [Fact]
    public void Normalize_composes_a_letter_and_its_combining_ring_by_default()
    {
        Assert.Equal("\u00C5", Call("normalize", "A\u030A"));
    }

    [Fact]
    public void Normalize_NFKC_folds_full_width_letters_that_staff_type_in_Chinese_input_methods()
    {
        Assert.Equal("SMIC中芯", Call("normalize", "ＳＭＩＣ中芯", "NFKC"));
    }

    [Fact]
    public void Normalize_NFD_decomposes()
    {
        Assert.Equal("A\u030A", Call("normalize", "\u00C5", "NFD"));
    }
}
