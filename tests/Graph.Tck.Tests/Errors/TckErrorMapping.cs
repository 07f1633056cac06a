using Graph.Core.Errors;

namespace Graph.Tck.Tests.Errors;

/// <summary>
/// The one table that says which of our Neo4j status codes satisfy which TCK error type. Neo4j reports
/// the TCK's compile-time "SyntaxError"s (UndefinedVariable, VariableTypeConflict, …) with
/// <c>Neo.ClientError.Statement.SyntaxError</c>, while our engine may report the same faults as
/// <c>…SemanticError</c>; both codes mean "rejected before running", so each satisfies both TCK types.
/// Every other TCK type needs its own code, with one exception: a <c>TypeError at compile time</c> is
/// also satisfied by a compile-time rejection (<c>…SyntaxError</c>/<c>…SemanticError</c>) carrying the
/// TCK's detail, because that is how Neo4j itself reports a type mismatch found before running
/// ("Type mismatch: expected Map, Node, … but was Integer"). Phase is otherwise not checked: the
/// engine does not say when an error arose, so <c>compile time</c>, <c>runtime</c> and <c>any time</c>
/// are all accepted.
/// </summary>
internal static class TckErrorMapping
{
    private static readonly Dictionary<string, string[]> CodesByType = new(StringComparer.Ordinal)
    {
        ["SyntaxError"] = [StatusCodes.SyntaxError, StatusCodes.SemanticError],
        ["SemanticError"] = [StatusCodes.SemanticError, StatusCodes.SyntaxError],
        ["TypeError"] = [StatusCodes.TypeError],
        ["ArgumentError"] = [StatusCodes.ArgumentError],
        ["EntityNotFound"] = [StatusCodes.EntityNotFound],
        ["ParameterMissing"] = [StatusCodes.ParameterMissing],
        ["ProcedureError"] = [StatusCodes.ProcedureNotFound, StatusCodes.ProcedureCallFailed],
        ["ConstraintVerificationFailed"] = [StatusCodes.ConstraintValidationFailed],
    };

    /// <summary>The TCK error types this runner knows.</summary>
    public static IReadOnlyCollection<string> KnownTypes => CodesByType.Keys;

    /// <summary>The status codes accepted for a TCK error type (empty for an unknown type).</summary>
    public static IReadOnlyList<string> CodesFor(string tckType) =>
        CodesByType.TryGetValue(tckType, out var codes) ? codes : [];

    private static readonly string[] CompileTimeCodes = [StatusCodes.SyntaxError, StatusCodes.SemanticError];

    /// <summary>True when an error with <paramref name="code"/> and <paramref name="detail"/> satisfies <paramref name="expected"/>'s type.</summary>
    public static bool Matches(ExpectedError expected, string code, string? detail)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return TypeMatches(expected.Type, code)
            || (expected.Type == "TypeError" && expected.Phase == "compile time"
                && CompileTimeCodes.Contains(code, StringComparer.Ordinal) && expected.DetailMatches(detail));
    }

    /// <summary>True when an error with status <paramref name="code"/> satisfies TCK type <paramref name="tckType"/>.</summary>
    public static bool TypeMatches(string tckType, string code) =>
        CodesFor(tckType).Contains(code, StringComparer.Ordinal);

    /// <summary>A one-line description of a raised error for reports: code, detail and message.</summary>
    public static string Describe(GraphException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message.ReplaceLineEndings(" ");
        return error.Detail is null ? $"{error.Code}: {message}" : $"{error.Code} ({error.Detail}): {message}";
    }
}
