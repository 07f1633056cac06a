using Graph.Core.Errors;
using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>
/// The one factory for compile-time errors. Neo4j reports most semantic faults with the
/// SyntaxError code; the TCK detail names the fault (<see cref="GraphException.Detail"/>).
/// </summary>
internal static class SemanticErrors
{
    public static CypherSyntaxException Syntax(SourcePosition at, string detail, string message) =>
        new(message, at.Line, at.Column, at.Offset, detail);

    public static CypherSyntaxException UndefinedVariable(SourcePosition at, string name) =>
        Syntax(at, "UndefinedVariable", $"Variable `{name}` not defined");

    public static CypherSyntaxException VariableAlreadyBound(SourcePosition at, string name) =>
        Syntax(at, "VariableAlreadyBound", $"Variable `{name}` already declared");

    public static CypherSyntaxException VariableTypeConflict(SourcePosition at, string name, ValueKind expected, ValueKind actual) =>
        Syntax(at, "VariableTypeConflict", $"Type mismatch: {name} defined with conflicting type {TypeName(actual)} (expected {TypeName(expected)})");

    public static CypherSyntaxException InvalidAggregation(SourcePosition at, string context) =>
        Syntax(at, "InvalidAggregation", $"Invalid use of aggregating function in {context}");

    public static CypherSyntaxException NestedAggregation(SourcePosition at) =>
        Syntax(at, "NestedAggregation", "Can't use aggregate functions inside of aggregate functions.");

    public static CypherSyntaxException AmbiguousAggregation(SourcePosition at, string expression) =>
        Syntax(
            at,
            "AmbiguousAggregationExpression",
            $"Aggregation column contains implicit grouping expressions. Aggregation expressions with implicit grouping keys are not supported: {expression}");

    public static CypherSyntaxException InvalidArgumentType(SourcePosition at, string expected, ValueKind actual) =>
        Syntax(at, "InvalidArgumentType", $"Type mismatch: expected {expected} but was {TypeName(actual)}");

    public static CypherSyntaxException InvalidArgumentType(SourcePosition at, string message) =>
        Syntax(at, "InvalidArgumentType", message);

    public static CypherSyntaxException UnknownFunction(SourcePosition at, string name) =>
        Syntax(at, "UnknownFunction", $"Unknown function '{name}'");

    public static CypherSyntaxException InvalidNumberOfArguments(SourcePosition at, string name) =>
        Syntax(at, "InvalidNumberOfArguments", $"Insufficient or too many parameters for function '{name}'");

    public static CypherSyntaxException NonConstantExpression(SourcePosition at, string clause) =>
        Syntax(at, "NonConstantExpression", $"It is not allowed to refer to variables in {clause}");

    public static CypherSyntaxException NegativeIntegerArgument(SourcePosition at, string clause, object? value) =>
        Syntax(at, "NegativeIntegerArgument", $"Invalid input. '{value}' is not a valid value for {clause}. Must be a non-negative integer.");

    public static CypherSyntaxException Feature(SourcePosition at, string detail, string message) => Syntax(at, detail, message);

    public static UnsupportedFeatureException Unsupported(string feature) =>
        new($"The embedded engine does not support {feature}.", "UnsupportedFeature");

    public static string TypeName(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => "Boolean",
        ValueKind.Integer => "Integer",
        ValueKind.Float => "Float",
        ValueKind.String => "String",
        ValueKind.List => "List<T>",
        ValueKind.Map => "Map",
        ValueKind.Node => "Node",
        ValueKind.Relationship => "Relationship",
        ValueKind.Path => "Path",
        ValueKind.Null => "Null",
        _ => "Any",
    };
}
