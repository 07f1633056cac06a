using Graph.Seeding.Import;

namespace Graph.Seeding.Schema;

/// <summary>
/// A property column of the seed: its name and type, whether a row must fill it, and the values it may take
/// (null: any value of its type).
/// </summary>
public sealed record ColumnSchema(string Name, ImportValueType Type, bool IsArray, bool Required, IReadOnlyList<string>? Allowed = null)
{
    /// <summary>The header cell: <c>name</c> for a string, else <c>name:type</c> (<c>line:int</c>, <c>aliases:string[]</c>).</summary>
    public string HeaderText => Type == ImportValueType.String && !IsArray
        ? Name
        : $"{Name}:{ImportTypes.Name(Type)}{(IsArray ? "[]" : string.Empty)}";

    public static ColumnSchema Text(string name, bool required = false) => new(name, ImportValueType.String, IsArray: false, required);

    public static ColumnSchema Enum(string name, IReadOnlyList<string> allowed, bool required = true) =>
        new(name, ImportValueType.String, IsArray: false, required, allowed);
}
