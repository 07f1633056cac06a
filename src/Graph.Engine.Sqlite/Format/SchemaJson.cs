using System.Text.Json.Serialization;

namespace Graph.Engine.Sqlite.Format;

/// <summary>Source-generated JSON for the name lists of schema rules (no reflection at open).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class SchemaJson : JsonSerializerContext;
