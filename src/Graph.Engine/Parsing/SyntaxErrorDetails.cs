namespace Graph.Engine.Parsing;

/// <summary>The openCypher TCK's names for syntax errors the parser reports (the <c>detail</c> of a <see cref="Graph.Core.Errors.CypherSyntaxException"/>).</summary>
public static class SyntaxErrorDetails
{
    public const string UnexpectedSyntax = "UnexpectedSyntax";
    public const string InvalidNumberLiteral = "InvalidNumberLiteral";
    public const string IntegerOverflow = "IntegerOverflow";
    public const string FloatingPointOverflow = "FloatingPointOverflow";
    public const string InvalidUnicodeLiteral = "InvalidUnicodeLiteral";
    public const string InvalidUnicodeCharacter = "InvalidUnicodeCharacter";
    public const string InvalidRelationshipPattern = "InvalidRelationshipPattern";
}
