namespace Graph.Core.Errors;

/// <summary>A write would break a uniqueness or other constraint.</summary>
public sealed class ConstraintViolationException : GraphException
{
    public ConstraintViolationException(string message, string? detail = null, Exception? inner = null)
        : base(StatusCodes.ConstraintValidationFailed, message, detail, inner)
    {
    }
}
