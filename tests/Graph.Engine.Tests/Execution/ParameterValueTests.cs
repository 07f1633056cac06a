using Graph.Core.Errors;

namespace Graph.Engine.Tests.Execution;

/// <summary>Parameters of a kind the engine has no type for are refused, not turned into another value.</summary>
public sealed class ParameterValueTests
{
    [Fact]
    public void A_byte_array_parameter_is_refused_rather_than_read_as_a_list_of_integers()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<UnsupportedFeatureException>(() => store.Run("RETURN $b AS b", ("b", new byte[] { 1, 2, 3 })));

        Assert.Contains("byte array", error.Message, StringComparison.Ordinal);
    }
}
