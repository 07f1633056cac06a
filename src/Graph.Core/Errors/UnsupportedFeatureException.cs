namespace Graph.Core.Errors;

/// <summary>Valid Cypher that the embedded engine does not support; the message names the feature. Never a wrong answer instead.</summary>
public sealed class UnsupportedFeatureException : GraphException
{
    public UnsupportedFeatureException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.FeatureNotSupported, message, detail, inner)
    {
    }
}
