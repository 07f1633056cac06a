namespace Graph.Seeding.Import;

/// <summary>
/// One column of a neo4j-admin import header, e.g. <c>line:int</c> is property <c>line</c> of type
/// <see cref="ImportValueType.Int"/>, <c>aliases:string[]</c> a <c>;</c>-separated string array.
/// <see cref="Index"/> is the 0-based position in the header, <see cref="Text"/> the cell as written, and
/// <see cref="Name"/> the property name (empty for <c>:LABEL</c>, <c>:TYPE</c>, <c>:START_ID</c>, <c>:END_ID</c>
/// and an unnamed <c>:ID</c>).
/// </summary>
public sealed record ImportColumn(int Index, string Text, string Name, ImportColumnKind Kind, ImportValueType Type, bool IsArray)
{
    /// <summary>The separator of array elements (neo4j-admin's default <c>--array-delimiter</c>).</summary>
    public const char ArrayDelimiter = ';';

    /// <summary>The type as written in a header: <c>int</c>, <c>string[]</c>, …</summary>
    public string TypeText => ImportTypes.Name(Type) + (IsArray ? "[]" : string.Empty);
}
